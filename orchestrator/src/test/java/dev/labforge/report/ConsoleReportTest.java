package dev.labforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void verdictTableIsAlignedSingleLinePerCheck() {
        // given
        Report report = SampleReports.mixed();
        // when
        String table = ConsoleReport.verdictTable(report);
        // then
        String[] lines = table.split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("calico-bgp-lb (netns): FAILED");
        assertThat(lines[1]).startsWith("check").contains("expected", "observed").endsWith("verdict");
        assertThat(lines[2]).matches("-+  -+  -+  -+");
        assertThat(lines[3]).startsWith("bgp ceos01 <- 10.10.10.11 (k01-worker)  ").endsWith("PASSED");
        assertThat(lines[4]).endsWith("FAILED").contains("peer 10.10.20.20: Active for 30 s").contains("...");
        assertThat(lines[5]).endsWith("SKIPPED");
        assertThat(lines[6]).isEqualTo("1 checks passed, 1 failed, 1 skipped");
        int observedColumn = lines[1].indexOf("observed");
        assertThat(lines[3].indexOf("peer 10.10.10.11")).isEqualTo(observedColumn);
        assertThat(lines[4].indexOf("peer 10.10.20.20")).isEqualTo(observedColumn);
    }

    @Test
    void summaryCountsEachCheckTypeAndShowsEveryFailedCheckInFull() {
        // given
        Report report = SampleReports.mixed();

        // when
        String summary = ConsoleReport.summary(report);

        // then: the skipped ping is counted, not listed; the failed session is listed with all it saw
        assertThat(summary).isEqualTo("""
                calico-bgp-lb (netns): FAILED
                  bgp 1/2 (1 failed), ping 0/1 (1 skipped)
                  FAILED bgp ceos01 <- 10.10.20.20 (k01-worker3)
                    expected Established, 2 prefixes received
                    observed peer 10.10.20.20: Active for 30 s, expected <Established> & "2" prefixes? / From x: 'y'
                """);
    }

    @Test
    void summaryOfABigLabStaysShort() {
        // given: 40,000 passed route checks and one failed
        java.util.List<CheckOutcome> checks = new java.util.ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            checks.add(new CheckOutcome("route n" + i, "route", "x via y", "x via y (bird)", Verdict.PASSED, java.time.Duration.ZERO));
        }
        checks.add(new CheckOutcome("bgp n7 -> 10.0.0.1 (tor)", "bgp", "Established", "BIRD is not running", Verdict.FAILED,
                java.time.Duration.ZERO));
        Report big = Report.of("big", "netns", java.util.List.of(), checks, null, null);

        // when
        String summary = ConsoleReport.summary(big);

        // then
        assertThat(summary.lines()).hasSize(5);
        assertThat(summary).contains("  route 40000/40000, bgp 0/1 (1 failed)\n");
    }

    @Test
    void cellsAreOneLineAndCut() {
        assertThat(ConsoleReport.cell("a\n  b\r\nc")).isEqualTo("a / b / c");
        assertThat(ConsoleReport.cell("bell\u0007tab\t")).isEqualTo("bell?tab");
        assertThat(ConsoleReport.cell("x".repeat(100))).hasSize(72).endsWith("...");
    }

    @Test
    void reportWithoutChecksStillHasHeaderAndSummary() {
        String table = ConsoleReport.verdictTable(SampleReports.deployFailed());
        assertThat(table).isEqualTo("""
                calico-ebgp (clab): FAILED
                check  expected  observed  verdict
                -----  --------  --------  -------
                0 checks passed, 0 failed
                """);
    }
}
