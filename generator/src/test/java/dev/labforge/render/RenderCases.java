package dev.labforge.render;

import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labs the golden and schema tests render: every reference lab in ../labs/ and every test-only
 * case in src/test/resources/cases/, each loaded, validated and resolved as `lab render` does.
 */
final class RenderCases {
    static final Path LABS = Path.of("../labs");
    static final Path CASES = Path.of("src/test/resources/cases");

    private RenderCases() {
    }

    /** A named case: {@code name} is the golden folder (the lab folder's name). */
    record Case(String name, LabSpec spec, Path labDir) {
        Lab lab() {
            return Resolver.resolve(spec);
        }

        List<RenderedFile> render() {
            return Renderer.render(lab(), TemplateCatalog.forLab(labDir));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        List<Case> out = new ArrayList<>(loadAll(LABS));
        out.addAll(loadAll(CASES));
        return out;
    }

    /** The reference lab of that folder name. */
    static Case lab(String folder) {
        return load(LABS.resolve(folder).resolve("lab.yaml"));
    }

    /** Cases too large for golden copies, checked by the schema tests only (100 route-reflector nodes already make 10,000 checks). */
    static List<Case> large() {
        return List.of(
                new Case("synthetic-100-frr-rr", SyntheticLabs.large(100, "frr", "route-reflector", 65100L), Path.of("none")),
                new Case("synthetic-300-ceos-ebgp", SyntheticLabs.large(300, "ceos", "peer", 65001L), Path.of("none")));
    }

    private static List<Case> loadAll(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> files = dirs.map(d -> d.resolve("lab.yaml")).filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no */lab.yaml under " + root.toAbsolutePath());
            }
            return files.stream().map(RenderCases::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case load(Path labYaml) {
        LoadedSpec loaded = new SpecLoader().load(labYaml);
        new Validator().validateOrThrow(loaded);
        return new Case(labYaml.getParent().getFileName().toString(), loaded.spec(), loaded.labDir());
    }
}
