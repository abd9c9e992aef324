package dev.labforge.wait;

import java.util.Objects;

/**
 * What one look showed. {@link Done}: the condition holds (with what it produced); {@link Pending}: not
 * yet, look again until the deadline ({@code seen} says what was there instead); {@link Failed}: wrong in
 * a way waiting cannot fix, stop now ({@code why}). Texts are short and for people.
 */
public sealed interface Answer<T> permits Answer.Done, Answer.Pending, Answer.Failed {

    record Done<T>(T value) implements Answer<T> {
    }

    record Pending<T>(String seen) implements Answer<T> {
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
        return new Pending<>(seen);
    }

    static <T> Answer<T> failed(String why) {
        return new Failed<>(why);
    }
}
