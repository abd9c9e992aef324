package dev.labforge.testing;

import dev.labforge.runtime.clab.DockerJavaEngine;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether {@link RealDocker} tests run; see there. */
public final class RealDockerCondition implements ExecutionCondition {
    /** The local test image: Debian bookworm minbase with frr, iproute2 and iputils-ping. */
    public static final String IMAGE = System.getProperty("labforge.docker.image", "labforge/frr-test:bookworm");
    static final String BUILD_HINT = "start dockerd and build the image with `bash .ci/test-image` (as root; .ci/run does both)";

    private static volatile Optional<String> missing;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String mode = System.getProperty("labforge.docker", "auto");
        if (mode.equals("true")) {
            return ConditionEvaluationResult.enabled("labforge.docker=true");
        }
        if (mode.equals("false")) {
            return ConditionEvaluationResult.disabled("real-engine test skipped: labforge.docker=false");
        }
        return missing().map(why -> ConditionEvaluationResult.disabled("real-engine test skipped: " + why + "; " + BUILD_HINT
                        + ", or force with -Dlabforge.docker=true"))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Docker engine and image " + IMAGE + " present"));
    }

    /** Why real-engine tests cannot run here (no engine, or no test image); empty when they can. Asked once per run. */
    public static Optional<String> missing() {
        if (missing == null) {
            try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment()) {
                String version = engine.ping();
                missing = engine.imageExists(IMAGE) ? Optional.empty()
                        : Optional.of("Docker " + version + " at " + engine.endpoint() + " has no image " + IMAGE);
            } catch (RuntimeException e) {
                missing = Optional.of(e.getMessage());
            }
        }
        return missing;
    }
}
