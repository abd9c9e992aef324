package dev.labforge.runtime.clab;

import dev.labforge.model.Lab;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import dev.labforge.workflow.RenderedFileWriter;
import java.nio.file.Path;

/** The seed lab as `lab render` writes it: labs/10-calico-bgp-ippool through loader, validator, resolver and renderer. */
final class RenderedSeed {
    static final Path LAB = Path.of("../labs/10-calico-bgp-ippool");

    private RenderedSeed() {
    }

    static RenderedLab renderInto(Path out) {
        LoadedSpec loaded = new SpecLoader().load(LAB);
        new Validator().validateOrThrow(loaded);
        Lab model = Resolver.resolve(loaded.spec());
        RenderedFileWriter.write(Renderer.render(model, TemplateCatalog.forLab(LAB)), out);
        return new RenderedLab(model.name(), out, model);
    }
}
