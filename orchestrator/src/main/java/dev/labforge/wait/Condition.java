package dev.labforge.wait;

import java.util.function.Function;

/** Something to wait for: each {@link #check()} looks once and answers Done, Pending or Failed. */
@FunctionalInterface
public interface Condition<T> {

    Answer<T> check();

    /**
     * This condition, but an exception of {@code type} from a look means "not yet" (Pending, with the
     * text {@code seen} makes of it): an API server that is still starting, a command that failed this time.
     */
    default Condition<T> pendingOn(Class<? extends RuntimeException> type, Function<RuntimeException, String> seen) {
        return () -> {
            try {
                return check();
            } catch (RuntimeException e) {
                if (type.isInstance(e) && !Thread.currentThread().isInterrupted()) {
                    return Answer.pending(seen.apply(e));
                }
                throw e;
            }
        };
    }
}
