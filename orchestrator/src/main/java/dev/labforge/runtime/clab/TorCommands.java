package dev.labforge.runtime.clab;

import dev.labforge.platform.TorPlatform;
import java.util.List;

/** The argv run inside the ToR container, per platform (EOS Cli at privilege 15, FRR vtysh). */
final class TorCommands {
    private TorCommands() {
    }

    static List<String> cli(TorPlatform platform, String command) {
        return "ceos".equals(platform.id()) ? List.of("Cli", "-p", "15", "-c", command) : List.of("vtysh", "-c", command);
    }

    static List<String> showRunningConfig(TorPlatform platform) {
        return cli(platform, "show running-config");
    }

    static List<String> bgpSummary(TorPlatform platform) {
        return cli(platform, "ceos".equals(platform.id()) ? "show ip bgp summary | json" : "show bgp summary json");
    }

    static List<String> routes(TorPlatform platform) {
        return cli(platform, "ceos".equals(platform.id()) ? "show ip route | json" : "show ip route json");
    }

    static List<String> ping(TorPlatform platform, String address, int count) {
        return "ceos".equals(platform.id())
                ? cli(platform, "ping " + address + " repeat " + count)
                : List.of("ping", "-c", String.valueOf(count), "-W", "1", address);
    }
}
