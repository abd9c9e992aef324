package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.DeployException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code ip -batch -} (in the root namespace, or with {@code -n NS}), or {@code bridge -batch -} for FDB
 * entries, and turns failures into clear errors.
 */
final class IpBatch {
    private static final Pattern FAILED_LINE = Pattern.compile("Command failed -:(\\d+)");

    private IpBatch() {
    }

    static Command command(String ns, List<String> lines, Duration timeout) {
        return command("ip", ns, lines, timeout);
    }

    static Command command(String tool, String ns, List<String> lines, Duration timeout) {
        List<String> argv = new ArrayList<>(List.of(tool));
        if (ns != null) {
            argv.add("-n");
            argv.add(ns);
        }
        argv.add("-batch");
        argv.add("-");
        return Command.of(argv).withStdin(String.join("\n", lines) + "\n").withTimeout(timeout);
    }

    /** Runs the batch; a failure names the step, the namespace and the line that failed. */
    static void run(CommandRunner runner, String step, String ns, List<String> lines, Duration timeout) {
        run(runner, "ip", step, ns, lines, timeout);
    }

    /** {@code bridge -n NS -batch -}: the same, for the bridge tool's objects (fdb). */
    static void runBridge(CommandRunner runner, String step, String ns, List<String> lines, Duration timeout) {
        run(runner, "bridge", step, ns, lines, timeout);
    }

    private static void run(CommandRunner runner, String tool, String step, String ns, List<String> lines, Duration timeout) {
        if (lines.isEmpty()) {
            return;
        }
        CommandResult r = runner.run(command(tool, ns, lines, timeout));
        if (!r.ok()) {
            String where = ns == null ? "the root namespace (creating namespaces/links)" : "namespace " + ns;
            String failed = "";
            Matcher m = FAILED_LINE.matcher(r.stderr() == null ? "" : r.stderr());
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= lines.size()) {
                    failed = " at `" + tool + " " + lines.get(n - 1) + "`";
                }
            }
            throw new DeployException("step " + step + ": " + tool + " batch in " + where + " failed" + failed
                    + (r.timedOut() ? " (timed out)" : "") + ": " + r.tail(4));
        }
    }
}
