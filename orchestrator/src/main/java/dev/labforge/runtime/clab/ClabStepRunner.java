package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.clab.ClabRuntime.Dependencies;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Runs {@link ClabStep}s in order: each phase gets its own deadline (capped by the overall one) and
 * progress lines; a failing step becomes one {@link DeployException} naming the phase, what was last
 * seen, the state of the lab's containers and how to clean up.
 */
final class ClabStepRunner {
    private final Dependencies deps;

    ClabStepRunner(Dependencies deps) {
        this.deps = deps;
    }

    /** Runs the steps after preflight; {@code overall} is when the whole deploy must be done. */
    void run(RenderedLab lab, List<ClabStep> steps, Deadline overall, Progress progress) {
        ClabRun run = new ClabRun(lab, progress, deps.kube());
        ClabPhase current = ClabPhase.PREFLIGHT;
        Instant phaseStart = deps.clock().instant();
        try {
            for (ClabStep step : steps) {
                if (step.phase() != current) {
                    progress.step(current.id() + " done in " + seconds(phaseStart));
                    current = step.phase();
                    phaseStart = deps.clock().instant();
                    run.deadline = overall.within(deps.deadlines().of(current));
                    progress.step(phaseLine(current, run.deadline.total()));
                }
                progress.step("  " + step.action());
                try {
                    step.body().run(run);
                } catch (PhaseWait.TimedOutException e) {
                    throw failure(run, current, phaseStart, "timed out after " + Durations.flag(run.deadline.total())
                            + " (phase deadline): " + e.getMessage());
                } catch (DeployException | KubeApiException | DockerUnavailableException | UncheckedIOException e) {
                    throw failure(run, current, phaseStart, e.getMessage());
                }
            }
            progress.step(current.id() + " done in " + seconds(phaseStart));
        } finally {
            run.close();
        }
    }

    static String phaseLine(ClabPhase phase, Duration deadline) {
        return "clab [" + (phase.ordinal() + 1) + "/" + ClabPhase.values().length + "] " + phase.id() + ": " + phase.purpose()
                + " (deadline " + Durations.flag(deadline) + ")";
    }

    private DeployException failure(ClabRun run, ClabPhase phase, Instant phaseStart, String why) {
        StringBuilder sb = new StringBuilder("clab phase ").append(phase.id()).append(" failed after ")
                .append(seconds(phaseStart)).append(": ").append(why);
        String containers = containerReport(run.lab);
        if (!containers.isEmpty()) {
            sb.append("\nlab containers:\n").append(containers);
        }
        sb.append("\nclean up with: lab down, or ").append(Command.of("containerlab", "destroy", "-t",
                run.lab.dir().resolve(RenderedPaths.TOPOLOGY).toString(), "--cleanup").display());
        return new DeployException(sb.toString());
    }

    /** Container states for a failure report; never throws (the engine may be the problem). */
    private String containerReport(RenderedLab lab) {
        try {
            List<String> names = new ArrayList<>();
            deps.docker().listContainers("containerlab", lab.name()).forEach(c -> names.add(c.name()));
            lab.model().cluster().nodes().forEach(n -> names.add(n.name()));
            StringBuilder sb = new StringBuilder();
            for (String n : new LinkedHashSet<>(names)) {
                sb.append("  ").append(deps.docker().containerState(n).describe()).append('\n');
            }
            return sb.toString().stripTrailing();
        } catch (RuntimeException e) {
            return "  (cannot list containers: " + e.getMessage() + ")";
        }
    }

    private String seconds(Instant start) {
        return Durations.text(Duration.between(start, deps.clock().instant()));
    }
}
