package dev.labforge.runtime;

import java.util.List;

/**
 * One prerequisite and whether it holds.
 *
 * @param fix      the exact command (or step) that makes it hold; null when ok
 * @param packages the Debian/Ubuntu packages that provide it, when installing them is the fix (else empty)
 */
public record PreflightCheck(String description, boolean ok, String detail, String fix, List<String> packages) {

    public PreflightCheck {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public PreflightCheck(String description, boolean ok, String detail, String fix) {
        this(description, ok, detail, fix, List.of());
    }

    public static PreflightCheck pass(String description, String detail) {
        return new PreflightCheck(description, true, detail, null);
    }

    public static PreflightCheck fail(String description, String detail, String fix) {
        return new PreflightCheck(description, false, detail, fix);
    }

    /** Missing, and installing these packages provides it: the fix is their apt-get command. */
    public static PreflightCheck missing(String description, String detail, List<String> packages) {
        return new PreflightCheck(description, false, detail, MissingPackages.aptGetInstall(packages), packages);
    }
}
