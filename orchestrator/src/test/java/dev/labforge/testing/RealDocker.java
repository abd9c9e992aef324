package dev.labforge.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that talks to a real Docker engine and starts containers from the locally built
 * test image ({@link RealDockerCondition#IMAGE}, built by .ci/test-image; nothing is pulled).
 * System property {@code labforge.docker}: {@code true} runs it (a missing engine or image then fails
 * the test, so CI cannot skip it silently; Maven sets it when CI=true), {@code false} skips it,
 * {@code auto} (the default) runs it only where the engine answers and the image is present.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("docker")
@ExtendWith(RealDockerCondition.class)
public @interface RealDocker {
}
