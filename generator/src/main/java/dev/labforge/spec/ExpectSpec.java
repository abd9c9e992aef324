package dev.labforge.spec;

import java.util.List;

/**
 * What the checks expect beyond what is derived. {@code derive} (default true) keeps the derived
 * checks; author entries are added, and an author ping with the same from/to replaces the derived one.
 */
public record ExpectSpec(Boolean derive, List<PingExpectSpec> ping) {
}
