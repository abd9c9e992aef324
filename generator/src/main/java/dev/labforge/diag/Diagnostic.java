package dev.labforge.diag;

/**
 * One problem found in a lab spec.
 *
 * @param code    stable identifier, e.g. {@code E-CIDR-HOSTBITS}; tests and docs refer to it
 * @param path    dotted path into the spec, e.g. {@code cluster.nodes[2].ip}
 * @param message what is wrong, naming the offending value
 * @param hint    what is valid or how to fix it; may be null
 * @param at      where in the file; may be null when the value was derived
 */
public record Diagnostic(Severity severity, String code, String path, String message, String hint, SourceMark at) {

    /** {@code file:line:col: error[CODE] path: message} followed by an indented hint line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(at == null ? "<lab>" : at.toString()).append(": ")
                .append(severity.label()).append('[').append(code).append("] ")
                .append(path == null || path.isEmpty() ? "(file)" : path).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            sb.append("\n  hint: ").append(hint);
        }
        return sb.toString();
    }
}
