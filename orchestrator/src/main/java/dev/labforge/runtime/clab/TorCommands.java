package dev.labforge.runtime.clab;

import dev.labforge.model.Platform;
import java.util.List;

/** The argv run inside the ToR container, per platform (EOS Cli at privilege 15, FRR vtysh). */
final class TorCommands {
    private TorCommands() {
    }

    static List<String> cli(Platform platform, String command) {
        return platform == Platform.CEOS ? List.of("Cli", "-p", "15", "-c", command) : List.of("vtysh", "-c", command);
    }

    static List<String> showRunningConfig(Platform platform) {
        return cli(platform, "show running-config");
    }

    static List<String> bgpSummary(Platform platform) {
        return cli(platform, platform == Platform.CEOS ? "show ip bgp summary | json" : "show bgp summary json");
    }

    static List<String> routes(Platform platform) {
        return cli(platform, platform == Platform.CEOS ? "show ip route | json" : "show ip route json");
    }

    static List<String> ping(Platform platform, String address, int count) {
        return platform == Platform.CEOS
                ? cli(platform, "ping " + address + " repeat " + count)
                : List.of("ping", "-c", String.valueOf(count), "-W", "1", address);
    }
}
