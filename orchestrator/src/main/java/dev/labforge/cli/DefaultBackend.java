package dev.labforge.cli;

import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.Runtime;
import dev.labforge.runtime.clab.ClabRuntime;
import dev.labforge.runtime.netns.NetnsRuntime;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import dev.labforge.wait.Sleeper;
import dev.labforge.workflow.Console;
import dev.labforge.workflow.DefaultLabService;
import dev.labforge.workflow.LabService;
import dev.labforge.workflow.Runtimes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The real backend: the workflow, the pure generator pipeline, and the runtimes' preflight checks. */
final class DefaultBackend implements CliBackend {
    private final Map<String, String> env;
    private final CommandRunner runner = new ProcessCommandRunner();

    DefaultBackend(Map<String, String> env) {
        this.env = env;
    }

    static CliBackend create() {
        return new DefaultBackend(System.getenv());
    }

    /** The runtimes `--runtime` can name, by id. */
    static Map<String, Function<CommandRunner, Runtime>> runtimeFactories() {
        Map<String, Function<CommandRunner, Runtime>> factories = new LinkedHashMap<>();
        factories.put("netns", NetnsRuntime::new);
        factories.put("clab", ClabRuntime::create);
        return factories;
    }

    private Runtimes runtimes() {
        return new Runtimes(runtimeFactories(), () -> Runtimes.dockerAndContainerlabPresent(env), env);
    }

    @Override
    public LabService service(Console console) {
        return new DefaultLabService(runner, console, runtimes(), Clock.systemUTC(), Sleeper.real());
    }

    @Override
    public Lab model(Path lab) {
        LoadedSpec loaded = new SpecLoader().load(lab);
        new Validator().validateOrThrow(loaded);
        return Resolver.resolve(loaded.spec());
    }

    /**
     * The machine-level checks of the runtime (of each for auto). A runtime's preflight is asked with
     * no lab: it then checks only what does not depend on one (root, tools, engine), never images.
     */
    @Override
    public Map<String, List<PreflightCheck>> doctor(String runtime) {
        Runtimes runtimes = runtimes();
        List<String> ids = Runtimes.AUTO.equals(runtime) ? List.copyOf(runtimeFactories().keySet()) : List.of(runtime);
        Map<String, List<PreflightCheck>> out = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                out.put(id, runtimes.create(id, runner).preflight(null));
            } catch (RuntimeException e) {
                out.put(id, List.of(PreflightCheck.fail("preflight", "the checks themselves failed: " + e.getMessage(),
                        "re-run with --debug and report it")));
            }
        }
        return out;
    }

    @Override
    public int installPackages(List<String> packages, java.io.PrintWriter out) {
        java.util.List<String> argv = new java.util.ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
        argv.addAll(packages);
        dev.labforge.exec.Command install = dev.labforge.exec.Command.of(argv)
                .withEnv(Map.of("DEBIAN_FRONTEND", "noninteractive"))
                .withTimeout(java.time.Duration.ofMinutes(15));
        out.println("running: " + install.display());
        out.flush();
        dev.labforge.exec.CommandResult r = runner.run(install);
        if (!r.ok()) {
            out.println(r.tail(10));
        }
        return r.timedOut() ? 124 : r.exitCode();
    }
}
