package dev.labforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void verdictFollowsPhasesAndChecks() {
        CheckOutcome ok = new CheckOutcome("a", "x", "x", Verdict.PASSED, Duration.ZERO);
        CheckOutcome bad = new CheckOutcome("b", "x", "y", Verdict.FAILED, Duration.ZERO);
        PhaseOutcome deployOk = PhaseOutcome.ok("deploy", Duration.ofSeconds(1));
        PhaseOutcome deployFailed = PhaseOutcome.failed("deploy", Duration.ofSeconds(1), "boom");

        assertThat(Report.verdictOf(List.of(deployOk), List.of(ok))).isEqualTo(Verdict.PASSED);
        assertThat(Report.verdictOf(List.of(deployOk), List.of(ok, bad))).isEqualTo(Verdict.FAILED);
        assertThat(Report.verdictOf(List.of(deployFailed), List.of())).isEqualTo(Verdict.FAILED);
        assertThat(Report.verdictOf(List.of(PhaseOutcome.skipped("deploy", "dry run")), List.of())).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void explicitVerdictIsKept() {
        Report r = new Report("lab", "netns", Verdict.PASSED, List.of(PhaseOutcome.failed("x", null, null)), null, null, null);
        assertThat(r.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(r.checks()).isEmpty();
        assertThat(r.total()).isEqualTo(Duration.ZERO);
        assertThat(r.phases().get(0).detail()).isEmpty();
    }
}
