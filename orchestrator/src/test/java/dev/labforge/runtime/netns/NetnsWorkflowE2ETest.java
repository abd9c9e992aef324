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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed through the whole workflow (validate, render, deploy, probes, down) on this runtime. */
@E2E
class NetnsWorkflowE2ETest {
    private static final String LAB = "lfe2e-flow";

    @TempDir
    Path tmp;

    private final RecordingConsole console = new RecordingConsole();
    private final List<String> lines = console.lines();

    private DefaultLabService service() {
        Runtimes runtimes = new Runtimes(Map.of("netns", NetnsRuntime::new), () -> false, Map.of());
        return new DefaultLabService(new ProcessCommandRunner(), console, runtimes, Clock.systemUTC(), Sleeper.real());
    }

    private Path seedSpec() throws Exception {
        Path dir = tmp.resolve("lab");
        Files.createDirectories(dir);
        String spec = Files.readString(RenderedLabs.LABS.resolve("10-calico-bgp-ippool/lab.yaml"));
        Files.writeString(dir.resolve("lab.yaml"), spec.replace("name: calico-bgp-lb", "name: " + LAB));
        return dir;
    }

    @Test
    void labTestBringsTheSeedUpPassesEveryCheckAndTakesItDown() throws Exception {
        // given
        Path lab = seedSpec();

        // when
        List<Report> reports = service().test(List.of(lab), new UpOptions("netns", null, Duration.ofSeconds(90), false,
                tmp.resolve("out")), 1);

        // then
        Report r = reports.get(0);
        assertThat(r.checks()).as(String.join("\n", lines)).isNotEmpty().allSatisfy(c -> assertThat(c.passed())
                .as(c.name() + " expected " + c.expected() + " observed " + c.observed()).isTrue());
        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.checks()).extracting(CheckOutcome::name).anyMatch(n -> n.contains("ping"));
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void dryRunPrintsThePlanAndCreatesNothing() throws Exception {
        // given
        Path lab = seedSpec();

        // when
        service().up(lab, new UpOptions("netns", null, Duration.ofSeconds(30), true, tmp.resolve("out")));

        // then
        assertThat(lines).anyMatch(l -> l.contains("netns add clab-" + LAB + "-ceos01"));
        assertThat(lines).anyMatch(l -> l.contains("/usr/lib/frr/bgpd -d -N clab-" + LAB + "-ceos01"));
        // ... and ends with what verify will check, as the rendered plan lists it
        assertThat(lines).contains("then verify runs 56 check(s) (link 8, bgp 8, route 23, community 4, mtu 10, ping 3), in this order:");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  ping ceos01 -> multitool-1@k01-worker3 ttl 63: replies with ttl 63");
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).isEmpty();
        assertThat(NetnsPaths.system().labDir(LAB)).doesNotExist();
    }
}
