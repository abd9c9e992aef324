package dev.labforge.runtime.netns;

import dev.labforge.model.Lab;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.testing.LinuxTorLab;
import dev.labforge.workflow.RenderedFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Renders a reference lab of this repository with the real generator, optionally under another lab name. */
final class RenderedLabs {
    static final Path LABS = Path.of("../labs");

    private RenderedLabs() {
    }

    static Path render(String labFolder, String rename, Path out) {
        return render(LABS.resolve(labFolder), rename, out);
    }

    /**
     * The lab with its lab.yaml edited ({@code from -> to} text replacements), e.g. the seed with an FRR ToR.
     * The edited copy goes next to {@code out}.
     */
    static Path renderVariant(String labFolder, Map<String, String> edits, String rename, Path out) throws IOException {
        String text = Files.readString(LABS.resolve(labFolder).resolve("lab.yaml"));
        for (Map.Entry<String, String> e : edits.entrySet()) {
            if (!text.contains(e.getKey())) {
                throw new IllegalArgumentException(labFolder + "/lab.yaml has no '" + e.getKey() + "'");
            }
            text = text.replace(e.getKey(), e.getValue());
        }
        Path labDir = out.resolveSibling(out.getFileName() + "-spec");
        Files.createDirectories(labDir);
        Files.writeString(labDir.resolve("lab.yaml"), text);
        return render(labDir, rename, out);
    }

    /** Lab 07 rendered, then edited by hand into a ToR of platform linux ({@link LinuxTorLab}). */
    static Path renderLinuxTor(String rename, Path out) throws IOException {
        return LinuxTorLab.edit(render("07-calico-bgp", rename, out));
    }

    private static Path render(Path labDir, String rename, Path out) {
        LoadedSpec loaded = new SpecLoader().load(labDir);
        Lab lab = Resolver.resolve(loaded.spec());
        if (rename != null) {
            lab = new Lab(rename, lab.title(), lab.tor(), lab.network(), lab.cluster(), lab.calico(), lab.workloads(), lab.pods(), lab.checks());
        }
        RenderedFileWriter.write(Renderer.render(lab, TemplateCatalog.forLab(labDir)), out);
        return out.toAbsolutePath();
    }
}
