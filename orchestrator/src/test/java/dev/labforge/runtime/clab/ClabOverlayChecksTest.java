package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.driver.TorDrivers;
import dev.labforge.probe.LabFacts;
import dev.labforge.probe.ProbeEngine;
import dev.labforge.report.CheckOutcome;
import dev.labforge.report.Verdict;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.clab.KubeClusterApi.ExecOutput;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import dev.labforge.testing.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * labs/18-mtu's checks on the clab runtime, through the ceos driver, docker exec in the kind nodes and
 * pod exec: every check type of the lab has a way to look (no "not shown by this runtime"), and where the
 * fakes answer with captured output matching the lab (interface MTUs, the DF ping's local error) the checks pass.
 */
class ClabOverlayChecksTest {
    private static final Path OVERLAY = Path.of("src/test/resources/fixtures/overlay");
    private static final Path EOS = Path.of("src/test/resources/fixtures/eos");

    @TempDir
    Path tmp;

    @Test
    void everyCheckOfTheMtuLabIsObservableOnClabAndTheOnesTheCapturesMatchPass() {
        // given
        RenderedLab lab = RenderedSeed.renderLab("18-mtu", tmp.resolve("out"));
        RenderedPlan plan = RenderedPlan.read(lab.dir());
        FakeDockerEngine docker = new FakeDockerEngine();
        FakeKubeClusterApi kube = new FakeKubeClusterApi();
        String tor = ClabTopologyFile.containerName(lab.name(), "ceos01");
        docker.execAnswers.put(tor, argv -> FakeDockerEngine.out(String.join(" ", argv).contains("show interfaces")
                ? read(EOS.resolve("show_interfaces.json")) : read(EOS.resolve("show_ip_route.json"))));
        for (String node : List.of("k01-control-plane", "k01-worker", "k01-worker2", "k01-worker3")) {
            docker.execAnswers.put(node, argv -> FakeDockerEngine.out(read(OVERLAY.resolve(argv.contains("route")
                    ? "ip-j-route-show-felix.txt" : "ip-j-addr-show-node.txt"))));
        }
        kube.podsBySelector.put("app=netshoot-client", List.of(new PodInfo("netshoot-client", "default", "k01-worker", "192.168.0.65",
                "Running", true)));
        kube.podsBySelector.put("app=netshoot-server", List.of(new PodInfo("netshoot-server", "default", "k01-worker3",
                "192.168.0.193", "Running", true)));
        for (String pod : List.of("netshoot-client", "netshoot-server")) {
            kube.execFunctions.put(pod, argv -> argv.get(0).equals("ping")
                    ? new ExecOutput(read(OVERLAY.resolve("ping-pod-df-8900-local-error.txt")),
                            read(OVERLAY.resolve("ping-pod-df-8900-local-error.stderr")), 1, false)
                    : new ExecOutput(read(OVERLAY.resolve("ip-j-addr-show-pod.txt")), "", 0, false));
        }
        ClabProbeTarget target = new ClabProbeTarget(lab, TorDrivers.of("ceos"), docker, kube);
        FakeClock clock = new FakeClock();
        List<CheckOutcome> outcomes = new ArrayList<>();

        // when
        new ProbeEngine(target, LabFacts.of(plan), clock, clock.sleeper(), Duration.ofSeconds(1), 1)
                .run(plan.checks(), Duration.ofSeconds(3), outcomes::add);

        // then
        assertThat(outcomes).hasSize(plan.checks().size()).extracting(CheckOutcome::observed)
                .noneMatch(o -> o.contains("not shown by this runtime") || o.contains("cannot send"));
        assertThat(outcomes).filteredOn(o -> o.verdict() == Verdict.PASSED).extracting(CheckOutcome::name).contains(
                "link ceos01 Ethernet4 (to k01-worker3)", "link k01-worker eth1 (to ceos01)",
                "mtu ceos01 Vlan20 9000", "mtu ceos01 Ethernet4 9000", "mtu k01-worker eth1 9000",
                "mtu k01-worker3 vxlan.calico 1450", "mtu netshoot-client@k01-worker eth0 1450",
                "ping netshoot-client@k01-worker -> netshoot-server@k01-worker3 size 8900 df fails: message too long, mtu=1450");
        assertThat(kube.execs).contains("netshoot-client ping -c 3 -W 1 -s 8900 -M do 192.168.0.193",
                "netshoot-client ip -j addr show");
        assertThat(docker.execs).contains(tor + " Cli -p 15 -c show interfaces | json", "k01-worker3 ip -j -4 route show");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
