package dev.labforge.probe;

import dev.labforge.wait.InterruptedRunException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One thing looked at in a round: its value, or why it could not be seen (the command failed, the output
 * was unreadable). A check reading something not seen is Pending with that reason.
 */
public final class Observed<T> {
    private final T value;
    private final String failure;

    private Observed(T value, String failure) {
        this.value = value;
        this.failure = failure;
    }

    public static <T> Observed<T> of(T value) {
        return new Observed<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Observed<T> failed(String why) {
        return new Observed<>(null, Objects.requireNonNull(why, "why"));
    }

    /**
     * Runs the look; an {@link ObservationException} becomes a failed observation (unless the thread was
     * interrupted meanwhile: then it is the interrupt), anything else goes on.
     */
    public static <T> Observed<T> look(Supplier<T> look) {
        try {
            return of(look.get());
        } catch (ObservationException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedRunException("interrupted while looking at the lab", e);
            }
            return failed(e.getMessage());
        }
    }

    public boolean seen() {
        return failure == null;
    }

    /** The value; only when {@link #seen()}. */
    public T value() {
        if (failure != null) {
            throw new IllegalStateException("not observed: " + failure);
        }
        return value;
    }

    /** Why it was not seen; null when it was. */
    public String failure() {
        return failure;
    }
}
