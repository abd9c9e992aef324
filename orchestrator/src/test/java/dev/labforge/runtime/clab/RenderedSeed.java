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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed lab as `lab render` writes it: labs/10-calico-bgp-ippool through loader, validator, resolver and renderer. */
final class RenderedSeed {
    static final Path LAB = Path.of("../labs/10-calico-bgp-ippool");

    private RenderedSeed() {
    }

    static RenderedLab renderInto(Path out) {
        return render(LAB, out);
    }

    /** The seed with an FRR ToR (platform: frr and its default image), rendered into {@code out}. */
    static RenderedLab renderFrrInto(Path out) {
        try {
            Path spec = out.resolveSibling(out.getFileName() + "-spec");
            Files.createDirectories(spec);
            Files.writeString(spec.resolve("lab.yaml"), Files.readString(LAB.resolve("lab.yaml"))
                    .replace("platform: ceos", "platform: frr").replace("image: ceos:4.34.0F", "image: quay.io/frrouting/frr:8.4.4"));
            return render(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference lab of labs/ (its folder name) as `lab render` writes it. */
    static RenderedLab renderLab(String folder, Path out) {
        return render(LAB.resolveSibling(folder), out);
    }

    private static RenderedLab render(Path lab, Path out) {
        LoadedSpec loaded = new SpecLoader().load(lab);
        new Validator().validateOrThrow(loaded);
        Lab model = Resolver.resolve(loaded.spec());
        RenderedFileWriter.write(Renderer.render(model, TemplateCatalog.forLab(lab)), out);
        return new RenderedLab(model.name(), out, model);
    }
}
