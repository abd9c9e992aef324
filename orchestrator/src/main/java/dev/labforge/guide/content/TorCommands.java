package dev.labforge.guide.content;

import java.util.List;

/**
 * The ToR's show commands in the form a student types them (text output, not the JSON the probes parse),
 * as the runtime execs them in the router: FRR's vtysh on netns (which emulates ceos and frr with FRR) and
 * for an FRR ToR under clab, cEOS's Cli under clab, the kernel's iproute2 for a router without BGP. The
 * driver registry ({@code dev.labforge.driver}) carries the probes' machine-readable commands; these human
 * ones could become a facet of each driver, and {@link TorCommandSets} is the one place to rewire then.
 */
public interface TorCommands {

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
