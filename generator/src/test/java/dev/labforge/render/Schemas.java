package dev.labforge.render;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Our JSON Schemas (src/test/resources/schemas/), loaded once, applied to YAML read by snakeyaml-engine. */
final class Schemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    static Schema get(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            try (InputStream in = Schemas.class.getResourceAsStream("/schemas/" + n + ".schema.json")) {
                if (in == null) {
                    throw new IllegalArgumentException("no schema /schemas/" + n + ".schema.json on the test classpath");
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The violations of {@code document} (a YAML-loaded tree), as "location: message" lines. */
    static List<String> violations(String schema, Object document) {
        JsonNode node = MAPPER.valueToTree(document);
        List<Error> errors = get(schema).validate(node);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
