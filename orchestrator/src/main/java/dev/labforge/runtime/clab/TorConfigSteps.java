package dev.labforge.runtime.clab;

import dev.labforge.driver.RenderedTor;
import dev.labforge.driver.RunningConfigCheck;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.clab.ClabRuntime.Dependencies;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The tor-config phase: the ToR's driver says what proves that the running router has the rendered
 * config ({@link RunningConfigCheck}, polled until it holds) and which marks in its container log
 * show a rejected line (scanned once; none for a router without a config CLI).
 */
final class TorConfigSteps {
    static final int LOG_LINES = 500;
    /**
     * The waiter's last poll comes at the deadline: a floor keeps its exec from timing out at once, short
     * enough that `--timeout` still holds to within a second.
     */
    private static final Duration EXEC_FLOOR = Duration.ofSeconds(1);

    private final Dependencies deps;
    private final PhaseWait waiter;

    TorConfigSteps(Dependencies deps, PhaseWait waiter) {
        this.deps = deps;
        this.waiter = waiter;
    }

    List<ClabStep> of(Path dir, String tor) {
        RenderedTor rendered = RenderedTor.read(dir);
        RunningConfigCheck config = rendered.driver().runningConfigCheck(rendered);
        List<ClabStep> steps = new ArrayList<>();
        steps.add(new ClabStep(ClabPhase.TOR_CONFIG, "$ " + dockerExecDisplay(tor, config.command()) + "  (" + config.promise() + ")",
                null, r -> checkRunningConfig(r, tor, config)));
        List<String> marks = rendered.driver().rejectionMarks();
        if (!marks.isEmpty()) {
            steps.add(new ClabStep(ClabPhase.TOR_CONFIG, "$ docker logs --tail " + LOG_LINES + " " + tor
                    + "  (must not show " + String.join(" / ", marks.subList(0, Math.min(2, marks.size()))) + ")", null,
                    r -> checkTorLog(tor, rendered)));
        }
        return steps;
    }

    private void checkRunningConfig(ClabRun r, String tor, RunningConfigCheck config) {
        waiter.await(tor + " to run its rendered config", r.deadline, () -> {
            // a floor keeps the last poll's exec from timing out at once and hiding what the router runs behind "exit -1"
            Duration timeout = r.remaining().compareTo(Duration.ofSeconds(30)) < 0 ? r.remaining() : Duration.ofSeconds(30);
            CommandResult result = deps.docker().exec(tor, config.command(), timeout.compareTo(EXEC_FLOOR) < 0 ? EXEC_FLOOR : timeout);
            if (!result.ok()) {
                return "`" + result.command().display() + "` exit " + result.exitCode() + ": " + result.tail(3);
            }
            List<String> missing = config.missing(result.stdout());
            return missing.isEmpty() ? null : "missing from the running config: " + String.join(" | ", missing);
        });
    }

    private void checkTorLog(String tor, RenderedTor rendered) {
        List<String> rejected = rendered.driver().rejectedLines(deps.docker().logsTail(tor, LOG_LINES));
        if (!rejected.isEmpty()) {
            throw new DeployException(tor + " rejected lines of its startup config:\n  " + String.join("\n  ", rejected));
        }
    }

    private static String dockerExecDisplay(String container, List<String> argv) {
        List<String> all = new ArrayList<>(List.of("docker", "exec", container));
        all.addAll(argv);
        return Command.of(all).display();
    }
}
