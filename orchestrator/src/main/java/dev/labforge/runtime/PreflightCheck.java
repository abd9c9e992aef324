package dev.labforge.runtime;

/**
 * One prerequisite and whether it holds.
 *
 * @param fix the exact command (or step) that makes it hold; null when ok
 */
public record PreflightCheck(String description, boolean ok, String detail, String fix) {

    public static PreflightCheck pass(String description, String detail) {
        return new PreflightCheck(description, true, detail, null);
    }

    public static PreflightCheck fail(String description, String detail, String fix) {
        return new PreflightCheck(description, false, detail, fix);
    }
}
