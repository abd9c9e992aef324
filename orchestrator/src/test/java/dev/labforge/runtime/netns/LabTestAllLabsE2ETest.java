package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.testing.E2E;
import dev.labforge.testing.RecordingConsole;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.Runtimes;
import dev.labforge.workflow.UpOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * `lab test labs/*` on the embedded runtime: every reference lab goes up, passes every derived
 * check (BGP both sides, routes, pings with TTL, and what each design rules out) and comes down,
 * with one JUnit file holding a testcase per check per lab. Labs run under test names so that a
 * user's running labs are never touched.
 */
@E2E
class LabTestAllLabsE2ETest {

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private final List<String> lines = console.lines();

    @Test
    void everyReferenceLabPassesAndTheJunitFileHasATestcasePerCheck() throws Exception {
        // given every lab folder of the repository, renamed
        List<Path> labs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(RenderedLabs.LABS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("lab.yaml"))).sorted().toList()) {
                labs.add(copyRenamed(dir));
            }
        }
        assertThat(labs).extracting(l -> l.getFileName().toString()).contains("01-calico-ipam", "04-linux-tor",
                "06-calico-overlay", "10-calico-bgp-ippool", "16-static-ip", "18-mtu", "18-mtu-jumbo");
        Path reports = tmp.resolve("reports");

        // when: two labs at a time, as `lab test --parallel 2` would
        List<Report> result = service().test(labs, new UpOptions("netns", reports, Duration.ofSeconds(60), false, null), 2);

        // then every lab passed every check
        assertThat(result).hasSameSizeAs(labs);
        for (Report r : result) {
            assertThat(r.checks()).as(r.lab() + "\n" + String.join("\n", lines)).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.verdict()).as(c.name() + ": " + c.observed()).isEqualTo(Verdict.PASSED));
            assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        }
        // and each design's outcome was checked, not assumed
        assertThat(checksOf(result, "lfe2e-t15")).contains(
                "bgp ceos01 <- 10.10.10.11 (k01-worker)", "bgp ceos01 <- 10.10.10.12 (k01-worker2)",
                "no bgp ceos01 <- 10.10.10.10 (k01-control-plane)", "no bgp ceos01 <- 10.10.10.13 (k01-worker3)");
        assertThat(checksOf(result, "lfe2e-t07")).anyMatch(n -> n.startsWith("no route ceos01 within 192.168.0.0/16"));
        assertThat(outcomesOf(result, "lfe2e-t08")).filteredOn(c -> c.name().startsWith("bgp ceos01 <- "))
                .hasSize(3).allSatisfy(c -> assertThat(c.expected()).contains("1 prefixes"));
        assertThat(checksOf(result, "lfe2e-t10")).contains("ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61");
        // the linux ToR (kernel routing only) has no session at all and no pod route
        assertThat(checksOf(result, "lfe2e-t04")).noneMatch(n -> n.startsWith("bgp "))
                .contains("route tor01 10.10.10.0/24 connected", "ping multitool-1@k01-worker -> multitool-1@k01-control-plane ttl 62")
                .anyMatch(n -> n.startsWith("no route tor01 within 192.168.0.0/16"));
        // the labs without a ToR: the node-to-node mesh, Felix's direct routes via eth0, pods on one node and across
        assertThat(checksOf(result, "lfe2e-t03")).contains("bgp pod-routing-worker -> 172.18.0.4 (pod-routing-worker2)",
                "route pod-routing-worker 192.168.112.192/26 via 172.18.0.4 dev eth0 onlink",
                "ping multitool-1@pod-routing-worker -> multitool-2@pod-routing-worker ttl 63",
                "ping multitool-1@pod-routing-worker -> multitool-1@pod-routing-worker2 ttl 62");
        assertThat(checksOf(result, "lfe2e-t16")).contains("ping dynamic-pod@k01-worker -> static-pod@k01-worker ttl 63",
                "pod-address static-pod@k01-worker is 192.168.100.10", "pod-address dynamic-pod@k01-worker outside 192.168.100.8/29",
                "route k01-control-plane 192.168.100.0/26 via 172.18.0.3 dev eth0 onlink");
        // the overlay lab: a ToR without BGP, VLAN 20 reached through vxlan.calico, the rest of VLAN 10 directly
        assertThat(checksOf(result, "lfe2e-t06")).noneMatch(n -> n.startsWith("bgp ")).contains(
                "route k01-worker 192.168.164.128/26 via 10.10.10.12 dev eth1 onlink",
                "route k01-worker 192.168.209.64/26 via 192.168.209.64 dev vxlan.calico onlink",
                "route k01-worker 192.168.81.64/26 blackhole",
                "route k01-worker3 192.168.81.64/26 via 192.168.81.64 dev vxlan.calico onlink",
                "mtu k01-worker vxlan.calico 1450", "address k01-worker vxlan.calico in 192.168.81.64/26",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 62");
        // the MTU lab, both halves: 1450 refuses the DF ping in the client's kernel, 8950 lets it through
        assertThat(checksOf(result, "lfe2e-t18")).contains("mtu ceos01 Vlan20 9000", "mtu k01-worker eth1 9000",
                "mtu netshoot-client@k01-worker eth0 1450",
                "ping netshoot-client@k01-worker -> netshoot-server@k01-worker3 size 8900 df fails: message too long, mtu=1450");
        assertThat(checksOf(result, "lfe2e-t18b")).contains("mtu netshoot-client@k01-worker eth0 8950",
                "ping netshoot-client@k01-worker -> netshoot-server@k01-worker3 size 8900 df ttl 62");

        // and one JUnit file holds a testcase per check per lab
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        int checks = result.stream().mapToInt(r -> r.checks().size()).sum();
        assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(labs.size());
        assertThat(junit.getElementsByTagName("testcase").getLength()).isGreaterThanOrEqualTo(checks);
        assertThat(junit.getElementsByTagName("failure").getLength()).isZero();
        assertThat(reports.resolve("10-calico-bgp-ippool/report.json")).exists();

        // and nothing is left behind
        for (Report r : result) {
            assertThat(E2ESupport.namespacesWithPrefix("clab-" + r.lab() + "-")).as(r.lab()).isEmpty();
        }
    }

    private static List<String> checksOf(List<Report> reports, String lab) {
        return outcomesOf(reports, lab).stream().map(CheckOutcome::name).toList();
    }

    private static List<CheckOutcome> outcomesOf(List<Report> reports, String lab) {
        return reports.stream().filter(r -> r.lab().equals(lab)).findFirst().orElseThrow().checks();
    }

    /** Folder number to how many labs have it so far: 18-mtu is t18, 18-mtu-jumbo t18b. */
    private final Map<String, Integer> numbers = new java.util.HashMap<>();

    private Path copyRenamed(Path labDir) throws IOException {
        String folder = labDir.getFileName().toString();
        Path copy = tmp.resolve(folder);
        Files.createDirectories(copy);
        String spec = Files.readString(labDir.resolve("lab.yaml"));
        int nth = numbers.merge(folder.substring(0, 2), 1, Integer::sum);
        String suffix = nth == 1 ? "" : String.valueOf((char) ('a' + nth - 1));
        String renamed = spec.replaceFirst("(?m)^name: .*$", "name: lfe2e-t" + folder.substring(0, 2) + suffix);
        Files.writeString(copy.resolve("lab.yaml"), renamed);
        return copy;
    }

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }
}
