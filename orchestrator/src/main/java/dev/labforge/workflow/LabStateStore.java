package dev.labforge.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes {@link LabState} at &lt;labDir&gt;/.labforge/state.json. */
public final class LabStateStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabStateStore() {
    }

    public static Path file(Path labDir) {
        return labDir.resolve(".labforge").resolve("state.json");
    }

    public static void save(Path labDir, LabState state) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", state.name());
        node.put("runtime", state.runtime());
        node.put("renderedDir", state.renderedDir());
        node.put("deployedAt", state.deployedAt().toString());
        try {
            Files.createDirectories(file(labDir).getParent());
            Files.writeString(file(labDir), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
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
        try {
            JsonNode n = JSON.readTree(Files.readString(f));
            return Optional.of(new LabState(n.path("name").asString(), n.path("runtime").asString(),
                    n.path("renderedDir").asString(), Instant.parse(n.path("deployedAt").asString())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void delete(Path labDir) {
        try {
            Files.deleteIfExists(file(labDir));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file(labDir), e);
        }
    }
}
