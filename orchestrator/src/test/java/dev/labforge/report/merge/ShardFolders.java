package dev.labforge.report.merge;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.FailureBundle;
import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.ReportWriter;
import dev.labforge.report.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Shard report folders laid out as `lab test --report-dir` writes them, made from report records. */
final class ShardFolders {
    static final Instant STARTED = Instant.parse("2026-11-26T02:17:00Z");

    private ShardFolders() {
    }

    static Report passed(String lab, String runtime) {
        return Report.of(lab, runtime, List.of(PhaseOutcome.ok("render", Duration.ofMillis(200)),
                        PhaseOutcome.ok("deploy", Duration.ofMillis(3100)), PhaseOutcome.ok("bgp", Duration.ofMillis(1200))),
                List.of(new CheckOutcome("bgp ceos01 <- 10.10.10.11 (k01-worker)", "Established", "Established, 1 prefixes received",
                        Verdict.PASSED, Duration.ofMillis(900))),
                STARTED, Duration.ofMillis(4600));
    }

    /** A lab whose ping check failed, with text that must be escaped in HTML and XML. */
    static Report failedPing(String lab, String runtime) {
        return Report.of(lab, runtime, List.of(PhaseOutcome.ok("render", Duration.ofMillis(250)),
                        PhaseOutcome.ok("deploy", Duration.ofMillis(2900)), PhaseOutcome.failed("ping", Duration.ofSeconds(20), "1 of 3 pings failed")),
                List.of(new CheckOutcome("bgp ceos01 <- 10.10.10.11 (k01-worker)", "Established", "Established", Verdict.PASSED, Duration.ofMillis(800)),
                        new CheckOutcome("ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 60", "replies with ttl 60",
                                "3/3 replies with ttl 61 <not 60> & \"no loss\"\n64 bytes from 192.168.46.129: icmp_seq=1 ttl=61",
                                Verdict.FAILED, Duration.ofSeconds(20))),
                STARTED, Duration.ofSeconds(24));
    }

    /** {@code shard}/{@code folder}/report.json, plus failure-bundle/ for a failed report. */
    static void lab(Path shard, String folder, Report report) {
        Path dir = shard.resolve(folder);
        ReportWriter.writeJson(report, dir.resolve("report.json"));
        ReportWriter.writeJunit(List.of(report), dir.resolve("junit.xml"));
        if (report.verdict() == Verdict.FAILED) {
            FailureBundle.write(dir.resolve("failure-bundle"), null, Map.of("tor/show-bgp-summary.json", "{\"peers\": {}}\n"));
        }
    }

    /** The shard's top-level junit.xml over its labs' reports. */
    static void junit(Path shard, Report... reports) {
        ReportWriter.writeJunit(List.of(reports), shard.resolve("junit.xml"));
    }
}
