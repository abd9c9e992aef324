package dev.labforge.runtime;

import java.util.List;

/** Prerequisites are missing (exit code 3). Carries the failing checks with their fixes. */
public class PreflightException extends RuntimeException {
    private final transient List<PreflightCheck> failed;

    public PreflightException(String message, List<PreflightCheck> failed) {
        super(message);
        this.failed = List.copyOf(failed);
    }

    public List<PreflightCheck> failed() {
        return failed;
    }
}
