package dev.labforge.workflow;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.model.Lab;
import dev.labforge.probe.LabHealth;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabNotUpException;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** `lab status`, `lab exec` and `lab down`: a lab that runs, found from saved state or by its name. */
final class RunningLabs {

    private final WorkflowContext ctx;
    private final LabSpecs specs;

    RunningLabs(WorkflowContext ctx, LabSpecs specs) {
        this.ctx = ctx;
        this.specs = specs;
    }

    /** Where and how a lab runs: saved state first, then the lab's name with the chosen runtime. */
    record Deployed(String name, String runtime, Path renderedDir, boolean fromState) {
    }

    Deployed deployed(Path lab, Supplier<String> nameIfKnown, String requestedRuntime) {
        return deployed(lab, nameIfKnown, requestedRuntime, "verify");
    }

    /**
     * {@code command} (verify, status, exec, down) names the refusal when a lab of this name is up from
     * another folder: acting on it from here would act on that folder's lab.
     */
    Deployed deployed(Path lab, Supplier<String> nameIfKnown, String requestedRuntime, String command) {
        Deployed d = find(lab, nameIfKnown, requestedRuntime);
        ctx.folders().refuseOther(d.name(), LabSpecs.labDirOf(lab), command);
        return d;
    }

    private Deployed find(Path lab, Supplier<String> nameIfKnown, String requestedRuntime) {
        Path labDir = LabSpecs.labDirOf(lab);
        Optional<LabState> state = LabStateStore.load(labDir);
        if (state.isPresent()) {
            LabState s = state.get();
            String runtime = requestedRuntime != null && !requestedRuntime.isBlank() && !requestedRuntime.equals(Runtimes.AUTO)
                    ? requestedRuntime : s.runtime();
            return new Deployed(s.name(), runtime, Path.of(s.renderedDir()), true);
        }
        String name = nameIfKnown.get();
        if (name == null) {
            // No readable spec: the record of which folder a lab is up from may still name it.
            name = ctx.folders().labUpFrom(labDir).orElse(null);
        }
        if (name == null) {
            name = specs.prepare(lab).model().name();
        } else if (!LabLocks.isLabName(name)) {
            // Unvalidated (down stays fast); a name that up would have refused cannot name anything running.
            throw new UsageException(LabSpecs.labFileOf(lab) + ": the lab name '" + name + "' is not valid (lower-case letters,"
                    + " digits and '-'), so no lab of that name can be up; fix name: in lab.yaml (./lab validate "
                    + lab + " lists every problem)");
        }
        return new Deployed(name, ctx.runtimes().choose(requestedRuntime).id(), labDir.resolve("out"), false);
    }

    /**
     * What runs, and for a lab that runs at least in part one look at its health (daemons, links, sessions) from
     * the rendered plan's checks; a lab whose rendered folder is gone gets a row saying so instead.
     */
    LabInventory status(Path lab, String runtime) {
        Deployed d = deployed(lab, () -> specs.nameOrNull(lab), runtime, "status");
        Runtime rt = ctx.runtimes().create(d.runtime(), ctx.runner());
        LabInventory inventory = rt.inspect(new LabRef(d.name(), d.renderedDir()));
        if (inventory.absent()) {
            return inventory;
        }
        try {
            RenderedPlan plan = RenderedPlan.read(d.renderedDir());
            Lab model = modelOrNull(lab);
            return inventory.withHealth(LabHealth.look(rt.probeTarget(new RenderedLab(d.name(), d.renderedDir(), model)), plan,
                    Verification.LOOKS_SIDE_BY_SIDE));
        } catch (RuntimeException cannotLook) {
            String why = cannotLook.getMessage() != null ? cannotLook.getMessage()
                    : "the running lab cannot be looked at without its lab.yaml (" + cannotLook.getClass().getSimpleName() + ")";
            return inventory.withHealth(List.of(new LabHealth.Row(d.name(), "health", "cannot look at daemons, links and sessions: "
                    + why, false)));
        }
    }

    private Lab modelOrNull(Path lab) {
        try {
            return specs.prepare(lab).model();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** {@code timeout} null: none (a person may keep a shell open for hours). */
    CommandResult exec(Path lab, String target, List<String> argv, String runtime, boolean interactive, Duration timeout) {
        Deployed d = deployed(lab, () -> specs.nameOrNull(lab), runtime, "exec");
        Runtime rt = ctx.runtimes().create(d.runtime(), ctx.runner());
        LabRef ref = new LabRef(d.name(), d.renderedDir());
        CommandResult result = rt.exec(ref, target, argv, timeout == null ? Command.NO_LIMIT : timeout, interactive);
        // Only a failed command pays for the look: was it the command, or is the lab not up at all?
        if (result != null && !result.ok() && rt.absent(ref)) {
            throw new LabNotUpException(d.name(), lab.toString());
        }
        return result;
    }

    void down(Path lab, String runtime) {
        Deployed d = deployed(lab, () -> specs.nameOrNull(lab), runtime, "down");
        try (LabLocks.Held lock = ctx.locks().hold(d.name(), "down " + lab, ctx.console())) {
            Phases phases = ctx.phases();
            phases.run("down", () -> {
                ctx.runtimes().create(d.runtime(), ctx.runner()).destroy(new LabRef(d.name(), d.renderedDir()),
                        new ConsoleProgress(ctx.console()));
                return null;
            });
            LabStateStore.delete(LabSpecs.labDirOf(lab));
            ctx.folders().release(d.name(), LabSpecs.labDirOf(lab));
        }
    }
}
