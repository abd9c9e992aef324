package dev.labforge.guide.content;

/** One command's result as the lab gave it: stdout, stderr, exit code, and whether it ran out of time. */
public record Capture(String stdout, String stderr, int exitCode, boolean timedOut) {

    public Capture {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    /** What the student sees: stdout, then stderr, then the exit code when it is not 0. */
    public String shown() {
        StringBuilder sb = new StringBuilder(stdout);
        if (!stderr.isEmpty()) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            sb.append(stderr);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
        if (timedOut) {
            sb.append("(timed out)\n");
        } else if (exitCode != 0) {
            sb.append("(exit ").append(exitCode).append(")\n");
        }
        return sb.toString();
    }
}
