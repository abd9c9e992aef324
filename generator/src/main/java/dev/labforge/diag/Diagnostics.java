package dev.labforge.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every rule; {@link #checkpoint()} fails once with all of them. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void error(String code, String path, SourceMark at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, code, path, message, hint, at));
    }

    public void warn(String code, String path, SourceMark at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, code, path, message, hint, at));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** All diagnostics, ordered by position in the file (derived ones last), then by code. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Comparator
                .comparing((Diagnostic d) -> d.at() == null ? Integer.MAX_VALUE : d.at().line())
                .thenComparing(d -> d.at() == null ? Integer.MAX_VALUE : d.at().column())
                .thenComparing(Diagnostic::code)
                .thenComparing(Diagnostic::path));
        return List.copyOf(sorted);
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** Throws {@link LabSpecException} carrying every diagnostic if any is an error. */
    public void checkpoint() {
        if (hasErrors()) {
            throw new LabSpecException(all());
        }
    }
}
