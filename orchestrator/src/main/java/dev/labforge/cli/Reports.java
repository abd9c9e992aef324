package dev.labforge.cli;

import dev.labforge.report.ConsoleReport;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import java.io.PrintWriter;

/** How the CLI shows a verification report: the report package's verdict table. */
final class Reports {

    private Reports() {
    }

    /** The verdict table, when the run checked anything (a dry run checks nothing). */
    static void print(Report report, PrintWriter out, Style style) {
        if (report == null || report.checks().isEmpty()) {
            return;
        }
        String table = ConsoleReport.verdictTable(report);
        String verdict = report.verdict().name();
        String coloured = report.verdict() == Verdict.FAILED ? style.red(verdict)
                : report.verdict() == Verdict.PASSED ? style.green(verdict) : style.yellow(verdict);
        // Only the verdict on the first line is coloured; the table stays plain for copy and paste.
        int eol = table.indexOf('\n');
        String first = eol < 0 ? table : table.substring(0, eol);
        if (first.endsWith(": " + verdict)) {
            String rest = table.substring(Math.max(eol, 0));
            table = first.substring(0, first.length() - verdict.length()) + coloured + rest;
        }
        out.println();
        out.print(table);
        out.flush();
    }

    static boolean passed(Report report) {
        return report.verdict() != Verdict.FAILED;
    }
}
