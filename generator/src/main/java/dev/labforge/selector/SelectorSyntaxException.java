package dev.labforge.selector;

/**
 * A Calico selector that does not parse. {@link #column()} is a 0-based offset into the selector text, so a
 * caller that knows where the selector string starts in a file can point at the exact character.
 */
public final class SelectorSyntaxException extends IllegalArgumentException {

    private final String selector;
    private final int column;
    private final String reason;

    public SelectorSyntaxException(String selector, int column, String reason) {
        super("invalid selector \"" + selector + "\" at column " + column + ": " + reason);
        this.selector = selector;
        this.column = column;
        this.reason = reason;
    }

    /** The full selector text that failed to parse. */
    public String selector() {
        return selector;
    }

    /** 0-based offset of the offending character in {@link #selector()}; equals its length at end of input. */
    public int column() {
        return column;
    }

    /** What was expected and what was found, without the selector text (for diagnostics that show it anyway). */
    public String reason() {
        return reason;
    }
}
