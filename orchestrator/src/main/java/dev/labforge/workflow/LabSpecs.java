package dev.labforge.workflow;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.LabSpecException;
import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The spec side of every command: load, validate and resolve a lab, write its rendered folder, and
 * tell which lab folder a path means. Pure apart from reading the spec and writing the rendered files.
 */
final class LabSpecs {
    private final SpecLoader loader = new SpecLoader();
    private final Validator validator = new Validator();

    /** A valid, resolved lab with the warnings its validation produced. */
    record Prepared(LoadedSpec loaded, Lab model, List<Diagnostic> warnings) {
        Path labDir() {
            return loaded.labDir();
        }
    }

    /** Loads, validates (throwing every error at once) and resolves. */
    Prepared prepare(Path lab) {
        LoadedSpec loaded = loader.load(lab);
        List<Diagnostic> warnings = validator.validateOrThrow(loaded);
        return new Prepared(loaded, Resolver.resolve(loaded.spec()), warnings);
    }

    /** The lab's name as written, without validating; null when the spec cannot even be read (down stays usable). */
    String nameOrNull(Path lab) {
        try {
            return loader.load(lab).spec().name();
        } catch (LabSpecException e) {
            return null;
        }
    }

    RenderedLab writeRendered(Prepared p, Path outDir) {
        Path out = outDir != null ? outDir : p.labDir().resolve("out");
        List<RenderedFile> files = Renderer.render(p.model(), TemplateCatalog.forLab(p.labDir()));
        RenderedFileWriter.write(files, out);
        return new RenderedLab(p.model().name(), out.toAbsolutePath().normalize(), p.model());
    }

    /** The running lab's state, when a render into {@code outDir} would overwrite its folder (its probes and exec read it). */
    static Optional<LabState> runningFrom(Prepared p, Path outDir) {
        Path out = (outDir != null ? outDir : p.labDir().resolve("out")).toAbsolutePath().normalize();
        return LabStateStore.load(p.labDir()).filter(s -> Path.of(s.renderedDir()).toAbsolutePath().normalize().equals(out));
    }

    static String upSince(LabState s) {
        return "lab " + s.name() + " is up from this folder (since " + s.deployedAt() + ", rendered in " + s.renderedDir() + ")";
    }

    /** A digest of the resolved lab: equal for equal labs (comments and formatting of lab.yaml do not count). */
    static String fingerprint(Lab model) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(model.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static Path labFileOf(Path lab) {
        Path abs = lab.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs.resolve("lab.yaml") : abs;
    }

    static Path labDirOf(Path lab) {
        Path abs = lab.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }
}
