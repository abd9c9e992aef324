package dev.labforge.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people write them: 90s, 2m, 1m30s, 500ms, a bare number of seconds, or ISO-8601 (PT2M). */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    /** Longer than any lab needs; beyond it a typo (an extra zero or two) is more likely than intent. */
    static final Duration MAX = Duration.ofDays(7);

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (NumberFormatException | ArithmeticException tooLarge) {
            throw new TypeConversionException("'" + value + "' is too long; a timeout can be at most 7 days (e.g. 168h)");
        }
    }

    private static Duration parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.matches("\\d+")) {
            return positive(Duration.ofSeconds(Long.parseLong(v)), value);
        }
        if (v.startsWith("pt")) {
            try {
                return positive(Duration.parse(v.toUpperCase(Locale.ROOT)), value);
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        Matcher m = PART.matcher(v);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw invalid(value);
            }
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
            end = m.end();
        }
        if (end != v.length() || end == 0) {
            throw invalid(value);
        }
        return positive(total, value);
    }

    private static Duration positive(Duration d, String value) {
        if (d.isZero() || d.isNegative()) {
            throw new TypeConversionException("'" + value + "' must be longer than zero");
        }
        if (d.compareTo(MAX) > 0) {
            throw new TypeConversionException("'" + value + "' is too long; a timeout can be at most 7 days (e.g. 168h)");
        }
        return d;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration; write e.g. 120s, 2m, 1m30s or 500ms");
    }
}
