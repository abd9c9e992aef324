package dev.labforge.workflow;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A {@code --report-dir}, made ready before anything is deployed: created when missing and proven
 * writable (a file is written and removed), so that a folder labforge cannot write is a usage error
 * (exit 2) naming the path and the reason, not an I/O error after the whole deploy.
 */
final class ReportFolder {

    private ReportFolder() {
    }

    /** Creates and probes {@code dir}; null (no --report-dir) passes. Throws {@link UsageException}. */
    static void prepare(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw unusable(dir, "cannot create it (" + reason(e) + ")");
        }
        try {
            Path probe = Files.createTempFile(dir, ".labforge-write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw unusable(dir, "cannot write in it (" + reason(e) + ")");
        }
    }

    private static UsageException unusable(Path dir, String why) {
        return new UsageException("--report-dir " + dir + ": " + why + "; nothing was deployed. Give a folder you can write to"
                + " (it is created when missing)");
    }

    /** What the operating system said, in words (Java names only the path for most of these). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory, and none can be made there";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return String.valueOf(e.getMessage());
    }
}
