package dev.labforge.workflow;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads and writes {@link LabState} at &lt;labDir&gt;/.labforge/state.properties. A plain properties
 * file on purpose: every `lab` command is a fresh JVM, and a JSON library's start-up cost would
 * be paid on every up and down for four values.
 */
public final class LabStateStore {

    private LabStateStore() {
    }

    public static Path file(Path labDir) {
        return labDir.resolve(".labforge").resolve("state.properties");
    }

    public static void save(Path labDir, LabState state) {
        Properties p = new Properties();
        p.setProperty("name", state.name());
        p.setProperty("runtime", state.runtime());
        p.setProperty("renderedDir", state.renderedDir());
        p.setProperty("deployedAt", state.deployedAt().toString());
        p.setProperty("specFingerprint", state.specFingerprint());
        try {
            Files.createDirectories(file(labDir).getParent());
            try (Writer w = Files.newBufferedWriter(file(labDir), StandardCharsets.UTF_8)) {
                p.store(w, "written by `lab up`; `lab down` removes it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save lab state to " + file(labDir), e);
        }
    }

    /** The saved state, or empty when there is none or it is unreadable (down must still work). */
    public static Optional<LabState> load(Path labDir) {
        Path f = file(labDir);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            String name = p.getProperty("name");
            String runtime = p.getProperty("runtime");
            String dir = p.getProperty("renderedDir");
            String at = p.getProperty("deployedAt");
            if (name == null || runtime == null || dir == null || at == null) {
                return Optional.empty();
            }
            return Optional.of(new LabState(name, runtime, dir, Instant.parse(at), p.getProperty("specFingerprint", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void delete(Path labDir) {
        try {
            Files.deleteIfExists(file(labDir));
            // Leave the lab folder as the student had it: the .labforge folder goes too once it is empty.
            Path dir = file(labDir).getParent();
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file(labDir), e);
        }
    }
}
