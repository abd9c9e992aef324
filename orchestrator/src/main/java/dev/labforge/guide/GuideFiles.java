package dev.labforge.guide;

import dev.labforge.spec.LabSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a lab's guide lives: the spec's {@code guide} path, else GUIDE.md, both relative to the lab folder. */
public final class GuideFiles {
    public static final String DEFAULT = "GUIDE.md";

    private GuideFiles() {
    }

    /** The guide file of the lab in {@code labDir}, whether or not it exists yet. */
    public static Path of(Path labDir, LabSpec spec) {
        String path = spec == null || spec.guide() == null ? DEFAULT : spec.guide();
        return labDir.resolve(path);
    }

    /** The guide `lab test` checks: the file the spec names (even when missing, so that is reported), else GUIDE.md if there is one. */
    public static Optional<Path> toCheck(Path labDir, LabSpec spec) {
        Path file = of(labDir, spec);
        boolean named = spec != null && spec.guide() != null;
        return named || Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
