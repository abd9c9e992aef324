package dev.labforge.guide.content;

import java.util.List;

/**
 * The ToR's show commands as the runtime execs them in the router, for one runtime and ToR platform
 * (netns emulates ceos and frr with FRR, so vtysh; clab runs cEOS's Cli or FRR's vtysh; a linux ToR has
 * no routing daemon). A stand-in until the driver registry ({@code dev.labforge.driver.TorDrivers}) carries
 * these facts: {@link TorShows} is the one place to rewire.
 */
public interface TorShow {

    /** Whether the ToR runs BGP at all (a linux ToR routes with the kernel only). */
    boolean runsBgp();

    List<String> bgpSummary();

    List<String> routes();

    /** One prefix in the BGP table, with its communities. */
    List<String> bgpPrefix(String prefix);

    /** The BGP part of the configuration that runs; empty when the platform cannot show it alone. */
    List<String> runningBgpConfig();

    List<String> ping(String address);

    /** The summary column that holds each neighbour's state or received-prefix count. */
    String prefixColumn();
}
