package dev.labforge.cli;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.diag.Severity;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.PreflightException;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.wait.InterruptedRunException;
import dev.labforge.workflow.LabBusyException;
import dev.labforge.workflow.LabNameTakenException;
import dev.labforge.workflow.UsageException;
import dev.labforge.workflow.VerificationFailedException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.util.List;

/**
 * The one place that turns a failure into output and an exit code (see {@link ExitCodes}).
 * Messages are printed as they are (they say what, where and how to fix); stack traces only with --debug.
 */
final class ExceptionMapper {

    private ExceptionMapper() {
    }

    static int handle(Throwable t, PrintWriter out, PrintWriter err, Style style, boolean debug) {
        int code = report(t, out, err, style);
        if (debug) {
            t.printStackTrace(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Throwable t, PrintWriter out, PrintWriter err, Style style) {
        if (interrupted(t)) {
            err.println("interrupted" + (t instanceof InterruptedRunException && t.getMessage() != null
                    ? ": " + t.getMessage() : ""));
            return ExitCodes.INTERRUPTED;
        }
        if (t instanceof LabSpecException e) {
            printDiagnostics(e.diagnostics(), err, style);
            return ExitCodes.INVALID;
        }
        if (t instanceof PreflightException e) {
            err.println(style.red("error: ") + e.getMessage());
            printChecks(e.failed(), err, style);
            err.println("Run `lab doctor` to see every prerequisite.");
            return ExitCodes.ENVIRONMENT;
        }
        if (t instanceof VerificationFailedException e) {
            if (e.report() != null) {
                Reports.print(e.report(), out, style, false);
            }
            err.println(style.red("verification failed: ") + e.getMessage());
            return ExitCodes.VERIFICATION_FAILED;
        }
        if (t instanceof CliException e) {
            err.println(style.red("error: ") + e.getMessage());
            return e.exitCode();
        }
        if (t instanceof dev.labforge.guide.doc.GuideFormatException e) {
            e.problems().forEach(p -> err.println(style.red("error: ") + p.format()));
            return ExitCodes.INVALID;
        }
        if (t instanceof UsageException e) {
            err.println(style.red("error: ") + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (t instanceof UnknownTargetException e) {
            err.println(style.red("error: ") + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (t instanceof LabAlreadyUpException || t instanceof LabNotUpException || t instanceof LabBusyException
                || t instanceof LabNameTakenException) {
            // The lab's state does not fit the command (up twice, verify/exec before up): exit 3, not a deploy failure.
            err.println(style.red("error: ") + t.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
        if (t instanceof ExecUsageException e) {
            err.println(style.red("error: ") + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (t instanceof DeployException e) {
            // Deploy failures name the step and where to look; they are the machine's, not a bug of ours.
            err.println(style.red("deploy failed: ") + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
        if (t instanceof java.io.UncheckedIOException e) {
            // Disk full, no permission, a file in the way: the machine's problem, not a bug of ours.
            err.println(style.red("error: ") + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
        err.println(style.red("internal error: ") + describe(t));
        err.println("re-run with --debug for the stack trace");
        return ExitCodes.INTERNAL;
    }

    /** Every diagnostic as the validator formatted it, then one count line. */
    static void printDiagnostics(List<Diagnostic> diagnostics, PrintWriter err, Style style) {
        for (Diagnostic d : diagnostics) {
            err.println(d.format());
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.size() - errors;
        err.println(style.red(count(errors, "error") + ", " + count(warnings, "warning")));
    }

    /** Failed (or all) preflight checks: mark, description, detail, and the fix on its own line. */
    static void printChecks(List<PreflightCheck> checks, PrintWriter w, Style style) {
        for (PreflightCheck c : checks) {
            String mark = c.ok() ? style.green("✓") : style.red("✗");
            String detail = c.detail() == null || c.detail().isBlank() ? "" : ": " + c.detail();
            w.println("  " + mark + " " + c.description() + detail);
            if (!c.ok() && c.fix() != null && !c.fix().isBlank()) {
                w.println("      fix: " + c.fix());
            }
        }
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static boolean interrupted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InterruptedException || c instanceof InterruptedRunException
                    || c instanceof ClosedByInterruptException
                    || c instanceof InterruptedIOException && !(c instanceof java.net.SocketTimeoutException)) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** The exception's message, or its type when it has none, plus distinct cause messages. */
    private static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage());
        String last = t.getMessage();
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && (last == null || !last.contains(m))) {
                sb.append(" (caused by ").append(c.getClass().getSimpleName()).append(": ").append(m).append(')');
                last = m;
            }
        }
        return sb.toString().replace('\n', ' ');
    }
}
