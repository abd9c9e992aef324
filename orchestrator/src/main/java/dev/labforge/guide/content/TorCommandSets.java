package dev.labforge.guide.content;

import dev.labforge.driver.TorDrivers;
import dev.labforge.platform.TorPlatform;
import java.util.List;

/** {@link TorCommands} by runtime and ToR platform. */
public final class TorCommandSets {
    private TorCommandSets() {
    }

    static final int PINGS = 3;

    /** FRR's vtysh: the netns runtime (which emulates a cEOS ToR with FRR) and an FRR ToR under clab. */
    static final TorCommands FRR = new Cli(List.of("vtysh", "-c"), "show running-config bgpd", "State/PfxRcd") {
        @Override
        public List<String> ping(String address) {
            return List.of("ping", "-c", String.valueOf(PINGS), address);
        }
    };

    /** cEOS's Cli at privilege 15 (clab). */
    static final TorCommands EOS = new Cli(List.of("Cli", "-p", "15", "-c"), "show running-config section router bgp", "PfxRcd") {
        @Override
        public List<String> ping(String address) {
            return cli("ping " + address + " repeat " + PINGS);
        }
    };

    /** A lab without a ToR: nothing to ask (the outline leaves the ToR's sections out). */
    public static final TorCommands NONE = new TorCommands() {
        @Override
        public boolean runsBgp() {
            return false;
        }

        @Override
        public List<String> bgpSummary() {
            return List.of();
        }

        @Override
        public List<String> routes() {
            return List.of();
        }

        @Override
        public List<String> bgpPrefix(String prefix) {
            return List.of();
        }

        @Override
        public List<String> runningBgpConfig() {
            return List.of();
        }

        @Override
        public List<String> ping(String address) {
            return List.of();
        }

        @Override
        public String prefixColumn() {
            return "";
        }
    };

    /** A plain Linux router: the kernel's table and ping, no BGP. */
    static final TorCommands KERNEL = new TorCommands() {
        @Override
        public boolean runsBgp() {
            return false;
        }

        @Override
        public List<String> bgpSummary() {
            return List.of();
        }

        @Override
        public List<String> routes() {
            return List.of("ip", "route");
        }

        @Override
        public List<String> bgpPrefix(String prefix) {
            return List.of();
        }

        @Override
        public List<String> runningBgpConfig() {
            return List.of();
        }

        @Override
        public List<String> ping(String address) {
            return List.of("ping", "-c", String.valueOf(PINGS), address);
        }

        @Override
        public String prefixColumn() {
            return "";
        }
    };

    /**
     * The commands of a ToR of {@code platform} on {@code runtime}. netns: FRR's when the driver's emulation runs
     * FRR (it emulates every BGP platform so), else the kernel's; clab: the platform's own CLI (cEOS's Cli,
     * FRR's vtysh), the kernel's for a router without BGP.
     */
    public static TorCommands of(String runtime, TorPlatform platform) {
        if ("netns".equals(runtime)) {
            return TorDrivers.of(platform.id()).netns().runsFrr() ? FRR : KERNEL;
        }
        if (!platform.runsBgp()) {
            return KERNEL;
        }
        return platform.cli().equals("Cli") ? EOS : FRR;
    }

    /** A router CLI that takes one command after a fixed argv prefix. */
    private abstract static class Cli implements TorCommands {
        private final List<String> prefix;
        private final String runningBgp;
        private final String prefixColumn;

        Cli(List<String> prefix, String runningBgp, String prefixColumn) {
            this.prefix = prefix;
            this.runningBgp = runningBgp;
            this.prefixColumn = prefixColumn;
        }

        List<String> cli(String command) {
            List<String> argv = new java.util.ArrayList<>(prefix);
            argv.add(command);
            return argv;
        }

        @Override
        public boolean runsBgp() {
            return true;
        }

        @Override
        public List<String> bgpSummary() {
            return cli("show ip bgp summary");
        }

        @Override
        public List<String> routes() {
            return cli("show ip route");
        }

        @Override
        public List<String> bgpPrefix(String prefix) {
            return cli("show ip bgp " + prefix);
        }

        @Override
        public List<String> runningBgpConfig() {
            return cli(runningBgp);
        }

        @Override
        public String prefixColumn() {
            return prefixColumn;
        }
    }
}
