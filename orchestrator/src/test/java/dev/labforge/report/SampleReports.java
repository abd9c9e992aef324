package dev.labforge.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

final class SampleReports {

    static final Instant STARTED = Instant.parse("2026-11-26T07:00:00Z");

    private SampleReports() {
    }

    /** A seed-lab run with one passed, one failed (with XML-hostile text) and one skipped check. */
    static Report mixed() {
        return Report.of("calico-bgp-lb", "netns",
                List.of(PhaseOutcome.ok("deploy", Duration.ofMillis(1234)),
                        PhaseOutcome.ok("bgp", Duration.ofMillis(2100))),
                List.of(new CheckOutcome("bgp ceos01 <- 10.10.10.11 (k01-worker)", "bgp", "Established, 2 prefixes received",
                                "peer 10.10.10.11: Established, 2 prefixes received", Verdict.PASSED, Duration.ofMillis(1100)),
                        new CheckOutcome("bgp ceos01 <- 10.10.20.20 (k01-worker3)", "bgp", "Established, 2 prefixes received",
                                "peer 10.10.20.20: Active for 30 s, expected <Established> & \"2\" prefixes\u0007\nFrom x: 'y'",
                                Verdict.FAILED, Duration.ofSeconds(30)),
                        CheckOutcome.skipped("ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61", "replies with ttl 61",
                                "skipped: BGP failed").ofType("ping")),
                STARTED, Duration.ofMillis(33_500));
    }

    /** A run whose deploy failed before any check. */
    static Report deployFailed() {
        return Report.of("calico-ebgp", "clab",
                List.of(PhaseOutcome.failed("deploy", Duration.ofSeconds(5), "containerlab deploy exited 1:\nimage ceos:4.34.0F not found"),
                        PhaseOutcome.skipped("bgp", "deploy failed")),
                List.of(), STARTED, Duration.ofSeconds(5));
    }
}
