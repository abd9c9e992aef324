package dev.labforge.workflow;

import dev.labforge.report.FailureBundle;
import dev.labforge.report.Report;
import dev.labforge.report.ReportWriter;
import dev.labforge.report.Verdict;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes a run's report.json, junit.xml and (when something failed) its failure bundle. */
final class RunReports {
    private final Console console;

    RunReports(Console console) {
        this.console = console;
    }

    /** After a run that got as far as its checks: files only when asked for, a bundle only when it failed. */
    void finish(Report report, RenderedLab rendered, Runtime runtime, Path reportDir) {
        if (reportDir != null) {
            write(report, rendered, runtime, reportDir, report.verdict() == Verdict.FAILED);
        }
    }

    void write(Report report, RenderedLab rendered, Runtime runtime, Path reportDir, boolean bundle) {
        ReportWriter.writeJson(report, reportDir.resolve("report.json"));
        ReportWriter.writeJunit(List.of(report), reportDir.resolve("junit.xml"));
        if (bundle && rendered != null) {
            Map<String, String> artifacts = runtime == null ? Map.of() : safeDiagnostics(runtime, rendered);
            FailureBundle.write(reportDir.resolve("failure-bundle"), rendered.dir(), artifacts);
        }
        console.info("report: " + reportDir.resolve("report.json"));
    }

    /** {@link #write}, with a failure to write told as a warning (the run's own outcome is what counts then). */
    void writeOrWarn(Report report, RenderedLab rendered, Runtime runtime, Path reportDir, boolean bundle) {
        try {
            write(report, rendered, runtime, reportDir, bundle);
        } catch (RuntimeException e) {
            console.warn("could not write the report to " + reportDir + ": " + e.getMessage());
        }
    }

    private static Map<String, String> safeDiagnostics(Runtime runtime, RenderedLab rendered) {
        try {
            return runtime.diagnostics(rendered);
        } catch (RuntimeException e) {
            return Map.of("diagnostics-error.txt", String.valueOf(e.getMessage()));
        }
    }

    static String failedSummary(Report report) {
        long failed = report.count(Verdict.FAILED);
        return failed + " of " + report.checks().size() + " checks failed for lab " + report.lab();
    }
}
