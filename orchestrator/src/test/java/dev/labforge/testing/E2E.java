package dev.labforge.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that runs real FRR/BIRD daemons in network namespaces. System property
 * {@code labforge.e2e}: {@code true} runs it (and a missing prerequisite then fails the test, so CI
 * cannot skip it silently), {@code false} skips it, {@code auto} (the default) runs it only as root
 * with FRR, BIRD, iproute2 and ping installed.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@ExtendWith(E2ECondition.class)
public @interface E2E {
}
