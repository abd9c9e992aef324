package dev.labforge.bench;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.Diagnostics;
import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole generator pipeline, warmed up: the seed lab from its lab.yaml (load, validate, resolve, render),
 * and a generated 500-node lab (validate, resolve, render, and each step alone).
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark}
 * (another lab: {@code -Dlabforge.bench.lab=labs/<lab>/lab.yaml}; one benchmark: a regex such as
 * {@code PipelineBenchmark.seed}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class PipelineBenchmark {
    static final String LAB_PROPERTY = "labforge.bench.lab";
    static final List<Path> DEFAULT_LABS = List.of(
            Path.of("labs/10-calico-bgp-ippool/lab.yaml"), Path.of("../labs/10-calico-bgp-ippool/lab.yaml"));

    private Path seedFile;
    private TemplateCatalog templates;
    private final SpecLoader loader = new SpecLoader();
    private final Validator validator = new Validator();
    private LoadedSpec large;
    private Lab largeModel;

    @Setup
    public void setUp() {
        seedFile = seedFile();
        templates = TemplateCatalog.builtIn();
        LabSpec spec = LargeLab.spec(500, 10);
        large = new LoadedSpec(Path.of("bench-500/lab.yaml"), spec, Map.of());
        Diagnostics d = validator.validate(large);
        if (d.hasErrors()) {
            // A benchmark of a lab that fails validation would measure the wrong thing.
            throw new IllegalStateException("the generated lab is invalid:\n"
                    + d.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        largeModel = Resolver.resolve(spec);
    }

    static Path seedFile() {
        String configured = System.getProperty(LAB_PROPERTY);
        if (configured != null) {
            Path p = Path.of(configured);
            if (!Files.exists(p)) {
                throw new IllegalStateException("-D" + LAB_PROPERTY + "=" + configured + ": no such file");
            }
            return p;
        }
        return DEFAULT_LABS.stream().filter(Files::exists).findFirst().orElseThrow(() -> new IllegalStateException(
                "seed lab not found; run from the repository root or pass -D" + LAB_PROPERTY + "=<path to lab.yaml>"));
    }

    /** What `lab render` does per lab, minus JVM start and writing files. */
    @Benchmark
    public List<RenderedFile> seedLoadValidateResolveRender() {
        LoadedSpec loaded = loader.load(seedFile);
        validator.validateOrThrow(loaded);
        return Renderer.render(Resolver.resolve(loaded.spec()), templates);
    }

    @Benchmark
    public List<RenderedFile> large500ValidateResolveRender() {
        validator.validateOrThrow(large);
        return Renderer.render(Resolver.resolve(large.spec()), templates);
    }

    @Benchmark
    public Diagnostics large500Validate() {
        return validator.validate(large);
    }

    @Benchmark
    public Lab large500Resolve() {
        return Resolver.resolve(large.spec());
    }

    @Benchmark
    public List<RenderedFile> large500Render() {
        return Renderer.render(largeModel, templates);
    }
}
