package dev.labforge.shard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} shards, numbered from 1: `--shard 2/4` is the second of four.
 *
 * @param index 1..count
 * @param count at least 1
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: K/N needs 1 <= K <= N, e.g. 1/"
                    + Math.max(count, 2) + " to " + Math.max(count, 2) + "/" + Math.max(count, 2));
        }
    }

    /** Parses "K/N"; the message of a bad value says what was wrong and what a good one looks like. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not K/N: give the shard's number and the number of shards,"
                    + " e.g. 1/4 (the first of four)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
