package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.probe.parse.BirdProtocolsParser;
import dev.labforge.probe.parse.BirdRouteParser;
import dev.labforge.probe.parse.FrrBgpSummaryParser;
import dev.labforge.probe.parse.FrrRouteParser;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Sleeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parsers, evaluators and the probe engine against live FRR and BIRD in namespaces this test creates and
 * removes: a ToR (zebra+bgpd, listen range, route reflector, next-hop-self force) and two BIRD nodes
 * in two VLANs. Needs root, FRR and BIRD (see {@link dev.labforge.testing.E2E}).
 */
@dev.labforge.testing.E2E
class LiveDaemonsProbeTest {

    private static final String ID = "lfp" + ProcessHandle.current().pid() % 100000;
    private static final String TOR = ID + "-tor";
    private static final String N1 = ID + "-n1";
    private static final String N2 = ID + "-n2";
    private static final Path FRR_RUN = Path.of("/var/run/frr", TOR);
    private static final Path FRR_ETC = Path.of("/etc/frr", TOR);
    private static final CommandRunner RUNNER = new ProcessCommandRunner();
    private static Path work;

    private static final String FRR_CONF = """
            frr defaults traditional
            hostname tor
            !
            router bgp 65010
             bgp router-id 10.10.10.1
             neighbor CALICO peer-group
             neighbor CALICO remote-as 65010
             bgp listen range 10.10.10.0/24 peer-group CALICO
             bgp listen range 10.10.20.0/24 peer-group CALICO
             !
             address-family ipv4 unicast
              maximum-paths 1
              maximum-paths ibgp 1
              neighbor CALICO route-reflector-client
              neighbor CALICO next-hop-self force
             exit-address-family
            !
            """;

    @BeforeAll
    static void up() throws Exception {
        work = Files.createTempDirectory("labforge-live-probe");
        boolean ok = false;
        try {
            for (String ns : List.of(TOR, N1, N2)) {
                run("ip", "netns", "add", ns);
                run("ip", "-n", ns, "link", "set", "lo", "up");
                run("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv4.ip_forward=1");
            }
            bridge("br10", "10.10.10.1/24");
            bridge("br20", "10.10.20.1/24");
            wire(N1, "eth1", "br10", "10.10.10.11/24", "10.10.20.0/24", "10.10.10.1");
            wire(N2, "eth2", "br20", "10.10.20.20/24", "10.10.10.0/24", "10.10.20.1");

            Files.createDirectories(FRR_RUN);
            Files.createDirectories(FRR_ETC);
            Files.writeString(FRR_ETC.resolve("vtysh.conf"), "");
            Path conf = FRR_RUN.resolve("frr.conf");
            Files.writeString(conf, FRR_CONF);
            run("chown", "-R", "frr:frr", FRR_RUN.toString());
            run("ip", "netns", "exec", TOR, "/usr/lib/frr/zebra", "-d", "-N", TOR, "-f", conf.toString(), "-i", FRR_RUN.resolve("zebra.pid").toString());
            run("ip", "netns", "exec", TOR, "/usr/lib/frr/bgpd", "-d", "-N", TOR, "-f", conf.toString(), "-i", FRR_RUN.resolve("bgpd.pid").toString());

            bird(N1, "10.10.10.11", "192.168.42.192/26", "10.10.10.1");
            bird(N2, "10.10.20.20", "192.168.46.128/26", "10.10.20.1");
            ok = true;
        } finally {
            if (!ok) {
                down();
            }
        }
    }

    @AfterAll
    static void down() throws Exception {
        if (work == null) {
            return;
        }
        for (Path pid : List.of(work.resolve(N1 + ".pid"), work.resolve(N2 + ".pid"), FRR_RUN.resolve("bgpd.pid"), FRR_RUN.resolve("zebra.pid"))) {
            if (Files.exists(pid)) {
                RUNNER.run(Command.of("kill", Files.readString(pid).strip()));
            }
        }
        for (String ns : List.of(TOR, N1, N2)) {
            RUNNER.run(Command.of("ip", "netns", "del", ns));
        }
        RUNNER.run(Command.of("rm", "-rf", FRR_RUN.toString(), FRR_ETC.toString(), work.toString()));
    }

    @Test
    void routeReflectorLabPassesEveryCheck() {
        // given
        List<Check> checks = List.of(
                new BgpSessionCheck("tor", Side.TOR, "10.10.10.11", N1, 65010, 2, true, true),
                new BgpSessionCheck("tor", Side.TOR, "10.10.20.20", N2, 65010, 2, true, true),
                new BgpSessionCheck(N1, Side.NODE, "10.10.10.1", "tor", -1, null, true, true),
                new BgpSessionCheck(N2, Side.NODE, "10.10.20.1", "tor", -1, null, true, true),
                RouteCheck.of("tor", Side.TOR, "10.10.10.0/24", RouteCheck.Kind.CONNECTED),
                RouteCheck.via("tor", Side.TOR, "192.168.42.192/26", List.of("10.10.10.11")),
                RouteCheck.via("tor", Side.TOR, "192.168.46.128/26", List.of("10.10.20.20")),
                RouteCheck.via("tor", Side.TOR, "172.16.0.240/28", List.of("10.10.10.11", "10.10.20.20")),
                RouteCheck.via(N1, Side.NODE, "192.168.46.128/26", List.of("10.10.10.1")),
                RouteCheck.of(N1, Side.NODE, "192.168.42.192/26", RouteCheck.Kind.BLACKHOLE),
                RouteCheck.via(N2, Side.NODE, "192.168.42.192/26", List.of("10.10.20.1")),
                new PingCheck(N1, N2, 63, true, true),
                new PingCheck(N1, "10.10.10.99", null, false, true));

        // when
        List<CheckOutcome> outcomes = engine(checks).run(checks, Duration.ofSeconds(60), o -> { });

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o.verdict()).as(o.name() + ": " + o.observed()).isEqualTo(Verdict.PASSED));
    }

    @Test
    void missingPeerTimesOutWithTheLastState() {
        // given
        Check ghost = new BgpSessionCheck("tor", Side.TOR, "10.10.10.77", "ghost", 65010, 2, true, true);

        // when
        CheckOutcome outcome = engine(List.of(ghost)).run(List.of(ghost), Duration.ofSeconds(2), o -> { }).get(0);

        // then
        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(outcome.observed()).startsWith("peer 10.10.10.77: no session for ").endsWith(", expected Established, 2 prefixes received");
    }

    private static ProbeEngine engine(List<Check> checks) {
        return new ProbeEngine(new NamespaceTarget(), new LabFacts("tor", checks, List.of()), Deadline.monotonic(), Sleeper.real(),
                Duration.ofMillis(500), 4);
    }

    @Test
    void birdRouteTableParsesLive() {
        // when
        List<RouteEntry> routes = BirdRouteParser.parse(run("birdc", "-s", work.resolve(N1 + ".ctl").toString(), "show", "route").stdout());
        // then
        assertThat(routes).contains(new RouteEntry("192.168.42.192/26", "blackhole", "static1", List.of(), ""));
    }

    /** Observations through real commands in the namespaces, parsed by the shared parsers. */
    private static final class NamespaceTarget implements LabProbeTarget {
        private static final Map<String, String> ADDRESSES = Map.of(N1, "10.10.10.11", N2, "10.10.20.20");

        @Override
        public List<BgpPeerState> torBgpPeers() {
            return FrrBgpSummaryParser.parse(observe("vtysh", "-N", TOR, "-c", "show bgp summary json"));
        }

        @Override
        public List<RouteEntry> torRoutes() {
            return FrrRouteParser.parse(observe("vtysh", "-N", TOR, "-c", "show ip route json"));
        }

        @Override
        public List<BgpPeerState> nodeBgpPeers(String node) {
            return BirdProtocolsParser.parse(observe("birdc", "-s", work.resolve(node + ".ctl").toString(), "show", "protocols", "all"));
        }

        @Override
        public List<RouteEntry> nodeRoutes(String node) {
            return IpRouteParser.parse(observe("ip", "-n", node, "-j", "route", "show"));
        }

        @Override
        public String addressOf(String endpoint) {
            return ADDRESSES.getOrDefault(endpoint, endpoint);
        }

        @Override
        public PingResult ping(String fromEndpoint, String toAddress, int count) {
            CommandResult r = RUNNER.run(Command.of("ip", "netns", "exec", fromEndpoint, "ping", "-c", String.valueOf(count), "-W", "1", toAddress));
            return PingParser.parse(r.stdout() + r.stderr());
        }

        private static String observe(String... argv) {
            CommandResult r = RUNNER.run(Command.of(argv));
            if (!r.ok()) {
                throw new ObservationException(String.join(" ", argv) + " exited " + r.exitCode() + ": " + r.tail(3));
            }
            return r.stdout();
        }
    }

    private static void bridge(String name, String address) {
        run("ip", "-n", TOR, "link", "add", name, "type", "bridge");
        run("ip", "-n", TOR, "link", "set", name, "up");
        run("ip", "-n", TOR, "addr", "add", address, "dev", name);
    }

    private static void wire(String node, String port, String bridge, String address, String otherSubnet, String gateway) {
        run("ip", "-n", TOR, "link", "add", port, "type", "veth", "peer", "name", "eth1", "netns", node);
        run("ip", "-n", TOR, "link", "set", port, "master", bridge);
        run("ip", "-n", TOR, "link", "set", port, "up");
        run("ip", "-n", node, "link", "set", "eth1", "up");
        run("ip", "-n", node, "addr", "add", address, "dev", "eth1");
        run("ip", "-n", node, "route", "add", otherSubnet, "via", gateway);
    }

    private static void bird(String node, String ip, String block, String gateway) throws Exception {
        String conf = """
                router id %1$s;
                protocol kernel { learn; persist; scan time 2; import all; export all; graceful restart; merge paths on; }
                protocol device { scan time 2; }
                protocol direct { interface "*"; }
                protocol static { route %2$s blackhole; route 172.16.0.240/28 blackhole; }
                filter calico_export {
                  if ( net = %2$s ) then accept;
                  if ( net = 172.16.0.240/28 ) then accept;
                  reject;
                }
                protocol bgp Node_%3$s {
                  local as 65010;
                  neighbor %4$s as 65010;
                  source address %1$s;
                  import all;
                  export filter calico_export;
                  connect delay time 1;
                  connect retry time 2;
                }
                """.formatted(ip, block, gateway.replace('.', '_'), gateway);
        Path file = work.resolve(node + ".conf");
        Files.writeString(file, conf);
        run("ip", "netns", "exec", node, "bird", "-c", file.toString(), "-s", work.resolve(node + ".ctl").toString(),
                "-P", work.resolve(node + ".pid").toString());
    }

    private static CommandResult run(String... argv) {
        return RUNNER.run(Command.of(argv)).orThrow();
    }
}
