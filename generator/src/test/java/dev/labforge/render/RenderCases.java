package dev.labforge.render;

import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import java.nio.file.Path;
import java.util.List;

/** The labs every golden/schema test renders: the reference labs and the test-only cases. */
final class RenderCases {
    private RenderCases() {
    }

    /** A named case: {@code name} is the golden folder (the lab folder's name for reference labs). */
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
        return List.of(
                new Case("10-calico-bgp-ippool", SeedSpecs.seed(), Path.of("../labs/10-calico-bgp-ippool")),
                new Case("seed-frr", SeedSpecs.seedFrr(), Path.of("src/test/resources/cases/seed-frr")));
    }
}
