package dev.labforge.runtime.netns;

import dev.labforge.model.Lab;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.workflow.RenderedFileWriter;
import java.nio.file.Path;

/** Renders a reference lab of this repository with the real generator, optionally under another lab name. */
final class RenderedLabs {
    static final Path LABS = Path.of("../labs");

    private RenderedLabs() {
    }

    static Path render(String labFolder, String rename, Path out) {
        Path labDir = LABS.resolve(labFolder);
        LoadedSpec loaded = new SpecLoader().load(labDir);
        Lab lab = Resolver.resolve(loaded.spec());
        if (rename != null) {
            lab = new Lab(rename, lab.title(), lab.tor(), lab.cluster(), lab.calico(), lab.workloads(), lab.pods(), lab.expect());
        }
        RenderedFileWriter.write(Renderer.render(lab, TemplateCatalog.forLab(labDir)), out);
        return out.toAbsolutePath();
    }
}
