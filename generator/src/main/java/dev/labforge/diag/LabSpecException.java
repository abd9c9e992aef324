package dev.labforge.diag;

import java.util.List;
import java.util.stream.Collectors;

/** The spec is invalid. The CLI prints {@link #diagnostics()} and exits 2. */
public class LabSpecException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public LabSpecException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
