package dev.labforge.workflow;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a rendered lab to a folder. A folder that we rendered before (it has labforge/plan.yaml)
 * is emptied first (all but the marker) so that files of removed nodes or peers do not linger; any other non-empty
 * folder is refused rather than overwritten.
 */
public final class RenderedFileWriter {
    static final String MARKER = RenderedPaths.PLAN;

    private RenderedFileWriter() {
    }

    public static void write(List<RenderedFile> files, Path outDir) {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UsageException(outDir + " is a file, not a folder; choose a folder with -o");
        }
        try {
            if (Files.isDirectory(outDir)) {
                boolean ours = Files.exists(outDir.resolve(MARKER));
                boolean empty;
                try (Stream<Path> s = Files.list(outDir)) {
                    empty = s.findAny().isEmpty();
                }
                if (!ours && !empty) {
                    throw new UsageException(outDir + " is not empty and was not written by labforge; "
                            + "choose another folder with -o, or empty it first");
                }
                if (ours) {
                    deleteContents(outDir);
                }
            }
            Files.createDirectories(outDir);
            // The marker goes first (and survives the emptying above): a render killed half-way must
            // leave a folder the next render still recognises as ours, not one it refuses forever.
            List<RenderedFile> ordered = Stream.concat(files.stream().filter(f -> f.path().equals(MARKER)),
                    files.stream().filter(f -> !f.path().equals(MARKER))).toList();
            for (RenderedFile f : ordered) {
                Path target = outDir.resolve(f.path()).normalize();
                if (!target.startsWith(outDir.normalize())) {
                    throw new IllegalStateException("rendered path escapes the output folder: " + f.path());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.content(), StandardCharsets.UTF_8);
            }
        } catch (java.nio.file.FileSystemException e) {
            // permissions, a file where a folder should be, a full disk: the user's to fix, not a labforge bug
            throw new UsageException("could not write the rendered lab to " + outDir + ": " + e.getFile()
                    + (e.getReason() != null ? " (" + e.getReason() + ")" : " (" + e.getClass().getSimpleName() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rendered lab to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            Path marker = dir.resolve(MARKER);
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.equals(marker) && !p.equals(marker.getParent())) {
                    Files.delete(p);
                }
            }
        }
    }
}
