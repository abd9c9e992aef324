package dev.labforge.guide.normalize;

import java.util.regex.Pattern;

/**
 * One thing that legitimately differs between two runs of the same command, e.g. a BGP session's uptime:
 * every match of {@code pattern} in a line is replaced by {@code replacement} (which may use groups).
 * {@code family} says whose output it is about (frr, bird, ping, ip, time).
 */
public record NormalizeRule(String family, String name, Pattern pattern, String replacement) {

    public static NormalizeRule of(String family, String name, String regex, String replacement) {
        return new NormalizeRule(family, name, Pattern.compile(regex), replacement);
    }

    public String apply(String line) {
        return pattern.matcher(line).replaceAll(replacement);
    }
}
