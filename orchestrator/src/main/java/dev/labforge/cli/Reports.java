package dev.labforge.cli;

import dev.labforge.report.ConsoleReport;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import java.io.PrintWriter;

/**
 * How the CLI shows a verification report: the summary (a count per check type and every failed check in
 * full), or with --verbose the table of every check. Only the verdict word is coloured; the rest stays plain
 * for copy and paste.
 */
final class Reports {

    private Reports() {
    }

    /** The summary, or every check when {@code verbose}; nothing when the run checked nothing (a dry run). */
    static void print(Report report, PrintWriter out, Style style, boolean verbose) {
        if (report == null || report.checks().isEmpty()) {
            return;
        }
        String text = verbose ? ConsoleReport.verdictTable(report) : ConsoleReport.summary(report);
        String verdict = report.verdict().name();
        String coloured = report.verdict() == Verdict.FAILED ? style.red(verdict)
                : report.verdict() == Verdict.PASSED ? style.green(verdict) : style.yellow(verdict);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        if (first.endsWith(": " + verdict)) {
            String rest = text.substring(Math.max(eol, 0));
            text = first.substring(0, first.length() - verdict.length()) + coloured + rest;
        }
        out.println();
        out.print(text);
        out.flush();
    }

    static boolean passed(Report report) {
        return report.verdict() != Verdict.FAILED;
    }
}
