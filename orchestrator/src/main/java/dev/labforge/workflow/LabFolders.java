package dev.labforge.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Which folder a lab name is up from, machine-wide: {@code <dir>/<lab>.folder} holds the lab folder's absolute
 * path, written by up before it deploys and removed by down. Lab names are machine-wide (namespaces and
 * containers carry them), so a second folder whose lab.yaml has the same {@code name:} must not act on the
 * first one's lab: up, verify, exec, status and down from it are refused, naming both folders
 * ({@link LabNameTakenException}). A record whose folder is gone does not count.
 */
final class LabFolders {
    private final Path dir;

    LabFolders(Path dir) {
        this.dir = dir;
    }

    /** The folder {@code lab} is up from, when that folder still exists. */
    Optional<Path> upFrom(String lab) {
        Path f = file(lab);
        try {
            if (!Files.isRegularFile(f)) {
                return Optional.empty();
            }
            Path folder = Path.of(Files.readString(f, StandardCharsets.UTF_8).strip());
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Throws when {@code lab} is up from a folder other than {@code labDir}; {@code command} is what was asked. */
    void refuseOther(String lab, Path labDir, String command) {
        Path mine = labDir.toAbsolutePath().normalize();
        upFrom(lab).filter(other -> !other.equals(mine)).ifPresent(other -> {
            if (command.equals("up")) {
                throw new LabNameTakenException("lab " + lab + " is up from " + other + ", and " + mine.resolve("lab.yaml")
                        + " has the same name: " + lab + "; two labs on one machine cannot share a name (their namespaces"
                        + " and containers carry it). Change name: in " + mine.resolve("lab.yaml") + ", or take the other"
                        + " down first with ./lab down " + other);
            }
            throw new LabNameTakenException("lab " + lab + " is up from " + other + ", not from " + mine + " (both lab.yaml say"
                    + " name: " + lab + "); `lab " + command + "` here would act on the other folder's lab. Use ./lab " + command
                    + " " + other + " for that one; this folder's lab is not up");
        });
    }

    /** The lab up from {@code labDir}, by its record (down needs it when lab.yaml and the folder's state are gone). */
    Optional<String> labUpFrom(Path labDir) {
        Path mine = labDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".folder"))
                    .filter(f -> {
                        try {
                            return Path.of(Files.readString(f, StandardCharsets.UTF_8).strip()).equals(mine);
                        } catch (IOException | RuntimeException unreadable) {
                            return false;
                        }
                    })
                    .map(f -> f.getFileName().toString().replaceFirst("\\.folder$", ""))
                    .filter(LabLocks::isLabName).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void claim(String lab, Path labDir) {
        Path f = file(lab);
        try {
            Files.createDirectories(dir);
            Path tmp = f.resolveSibling(f.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(tmp, labDir.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record which folder lab " + lab + " is up from (" + f + "): "
                    + ReportFolder.reason(e), e);
        }
    }

    /** Removes the record when it names {@code labDir} (or a folder that is gone); another folder's stays. */
    void release(String lab, Path labDir) {
        Path mine = labDir.toAbsolutePath().normalize();
        if (upFrom(lab).filter(other -> !other.equals(mine)).isEmpty()) {
            try {
                Files.deleteIfExists(file(lab));
            } catch (IOException ignored) {
                // A record left behind names a folder; `lab down` of that folder removes it again.
            }
        }
    }

    private Path file(String lab) {
        return dir.resolve(lab + ".folder");
    }
}
