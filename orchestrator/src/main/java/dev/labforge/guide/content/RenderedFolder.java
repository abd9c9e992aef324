package dev.labforge.guide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The rendered lab's files as the guide reads them, by their path in the rendered folder
 * ({@link dev.labforge.rendered.RenderedPaths}): from the folder the running lab was built from, or from
 * memory in tests.
 */
public interface RenderedFolder {

    /** The file's text, or null when the folder has no such file. */
    String read(String path);

    static RenderedFolder of(Path dir) {
        return path -> {
            Path f = dir.resolve(path);
            try {
                return Files.isRegularFile(f) ? Files.readString(f) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        };
    }

    static RenderedFolder of(Map<String, String> files) {
        return files::get;
    }
}
