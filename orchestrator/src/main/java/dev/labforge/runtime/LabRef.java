package dev.labforge.runtime;

import java.nio.file.Path;

/** Enough to find a deployed lab again: its name, and the rendered folder (may be null after a crash). */
public record LabRef(String name, Path dir) {
}
