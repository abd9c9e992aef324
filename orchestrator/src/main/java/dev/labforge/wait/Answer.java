package dev.labforge.wait;

import java.util.Objects;

/**
 * What one look showed. {@link Done}: the condition holds (with what it produced); {@link Pending}: not
 * yet, look again until the deadline ({@code seen} says what was there instead, or, when {@code observed} is
 * false, why nothing could be seen); {@link Failed}: wrong in
 * a way waiting cannot fix, stop now ({@code why}). Texts are short and for people.
 */
public sealed interface Answer<T> permits Answer.Done, Answer.Pending, Answer.Failed {

    record Done<T>(T value) implements Answer<T> {
    }

    record Pending<T>(String seen, boolean observed) implements Answer<T> {
        public Pending {
            Objects.requireNonNull(seen, "seen");
        }
    }

    record Failed<T>(String why) implements Answer<T> {
        public Failed {
            Objects.requireNonNull(why, "why");
        }
    }

    static <T> Answer<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Answer<T> pending(String seen) {
        return new Pending<>(seen, true);
    }

    /** Not yet, and nothing could be looked at this time ({@code why}: the target could not be asked). */
    static <T> Answer<T> unobserved(String why) {
        return new Pending<>("cannot observe: " + why, false);
    }

    static <T> Answer<T> failed(String why) {
        return new Failed<>(why);
    }
}
