package dev.labforge.wait;

import java.time.Duration;
import java.util.Locale;

/**
 * Every duration labforge shows, spelled one way: {@link #text} for people ("0.4 s", "9.9 s", "30 s",
 * "4 min 10 s"), {@link #stamp} for the console's time column, {@link #seconds} for machine-read files
 * (junit.xml), and {@link #flag} the way a --timeout is written ("90s", "2m", "1m30s").
 */
public final class Durations {

    private Durations() {
    }

    /** Tenths below ten seconds, whole seconds up to two minutes, then minutes and seconds. */
    public static String text(Duration d) {
        long ms = Math.max(0, d.toMillis());
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = Math.round(ms / 1000.0);
        if (s < 120) {
            return s + " s";
        }
        return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    }

    /** "[ 1.23s]": fixed width, for the start of console lines. */
    public static String stamp(Duration d) {
        return String.format(Locale.ROOT, "[%5.2fs]", Math.max(0, d.toNanos()) / 1e9);
    }

    /** "1.234": seconds with milliseconds, as junit.xml's time attributes want them. */
    public static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    /** "30s", "10m", "1m30s": how a deadline is written on the command line (whole seconds). */
    public static String flag(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        return s % 60 == 0 ? (s / 60) + "m" : (s / 60) + "m" + (s % 60) + "s";
    }
}
