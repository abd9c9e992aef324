package dev.labforge.bench;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Loading and validating the seed lab, warm. Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar SpecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SpecBenchmark {
    private Path seed;
    private LoadedSpec loaded;

    @Setup
    public void setUp() {
        seed = Path.of("labs/10-calico-bgp-ippool/lab.yaml");
        if (!Files.exists(seed)) {
            seed = Path.of("../labs/10-calico-bgp-ippool/lab.yaml");
        }
        loaded = new SpecLoader().load(seed);
    }

    @Benchmark
    public LoadedSpec load() {
        return new SpecLoader().load(seed);
    }

    @Benchmark
    public Diagnostics validate() {
        return new Validator().validate(loaded);
    }

    @Benchmark
    public Diagnostics loadAndValidate() {
        return new Validator().validate(new SpecLoader().load(seed));
    }
}
