package dev.labforge.workflow;

import dev.labforge.guide.GuideCheck;
import dev.labforge.guide.GuideFiles;
import dev.labforge.guide.Guides;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.RenderedFolder;
import dev.labforge.guide.doc.GuideMeta;
import dev.labforge.guide.doc.GuideParser;
import dev.labforge.model.Lab;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.spec.SpecLoader;
import dev.labforge.runtime.LabNotUpException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * `lab guide` against a lab: write a new guide, update one, check one, on the lab that runs (or, with
 * {@code run}, on one brought up for the purpose and taken down after). Finds the running lab's runtime
 * and rendered folder from its saved state, builds the {@link GuideContext}, and hands the pure work to
 * {@link Guides}.
 */
public final class GuideWorkflow {
    private final LabService service;
    private final Function<Path, Lab> models;
    private final Console console;
    private final Path cwd;

    public GuideWorkflow(LabService service, Function<Path, Lab> models, Console console, Path cwd) {
        this.service = service;
        this.models = models;
        this.console = console;
        this.cwd = cwd.toAbsolutePath().normalize();
    }

    /** Writes a new guide for {@code lab} to {@code out} (default: the spec's guide path, else &lt;lab&gt;/GUIDE.md); returns the file. */
    public Path write(Path lab, Path out, String runtime, boolean run, boolean force) {
        Path file = out != null ? out : GuideFiles.of(labDir(lab), new SpecLoader().load(lab).spec());
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " exists; `lab guide --update " + file + "` regenerates its regions and keeps"
                    + " the rest, or add --force to replace it with a new guide");
        }
        String text = onLab(lab, runtime, run, ctx -> Guides.write(ctx(ctx, displayPath(lab)), access(lab, ctx)));
        writeFile(file, text);
        console.info("wrote " + file);
        return file;
    }

    /** Regenerates the regions of {@code file}; everything else in it stays as it is. */
    public Path update(Path file, Path lab, String runtime, boolean run) {
        String text = read(file);
        GuideMeta meta = GuideParser.parse(text, file.toString()).meta();
        Path theLab = labOf(file, lab, meta);
        String updated = onLab(theLab, runtimeOf(meta, runtime), run,
                ctx -> Guides.update(text, file.toString(), ctx(ctx, displayOf(meta, theLab)), access(theLab, ctx)));
        if (!updated.equals(text)) {
            writeFile(file, updated);
        }
        console.info((updated.equals(text) ? "unchanged: " : "updated ") + file);
        return file;
    }

    /** Every region of {@code file} against the lab now. */
    public GuideCheck.Result check(Path file, Path lab, String runtime, boolean run) {
        String text = read(file);
        GuideMeta meta = GuideParser.parse(text, file.toString()).meta();
        Path theLab = labOf(file, lab, meta);
        return onLab(theLab, runtimeOf(meta, runtime), run,
                ctx -> Guides.check(text, file.toString(), ctx(ctx, displayOf(meta, theLab)), access(theLab, ctx)));
    }

    /** The running lab's saved state and model. */
    private record Running(Path lab, LabState state, Lab model) {
    }


    private <T> T onLab(Path lab, String runtime, boolean run, Function<Running, T> body) {
        models.apply(lab); // an invalid spec is exit 2 before anything is brought up
        if (!run) {
            return body.apply(running(lab, runtime));
        }
        try {
            service.up(lab, new UpOptions(runtime, null, null, false, null));
        } catch (VerificationFailedException e) {
            // A lab whose checks fail is no lab to write or check a guide against; it was up, so take it down.
            service.down(lab, runtime);
            throw e;
        }
        try {
            return body.apply(running(lab, runtime));
        } finally {
            service.down(lab, runtime);
        }
    }

    private Running running(Path lab, String runtime) {
        Lab model = models.apply(lab);
        LabState state = LabStateStore.load(labDir(lab)).orElseThrow(() -> new LabNotUpException(model.name(),
                lab + " (or let lab guide bring it up and down with --run)"));
        if (runtime != null && !runtime.equals("auto") && !runtime.equals(state.runtime())) {
            throw new UsageException("the guide is for the " + runtime + " runtime, but lab " + state.name() + " runs on "
                    + state.runtime() + "; its commands would not fit. Run the lab on " + runtime + " (./lab down " + lab
                    + " && ./lab up " + lab + " --runtime " + runtime + ")");
        }
        return new Running(lab, state, model);
    }

    private static GuideContext ctx(Running r, String labPath) {
        Path dir = Path.of(r.state().renderedDir());
        return Guides.context(r.model(), RenderedPlan.read(dir), RenderedFolder.of(dir), r.state().runtime(), labPath);
    }

    private LabServiceAccess access(Path lab, Running r) {
        return new LabServiceAccess(service, lab, r.state().runtime());
    }

    /** The guide's runtime: its meta marker's, unless --runtime says otherwise (then they must agree). */
    private static String runtimeOf(GuideMeta meta, String requested) {
        boolean explicit = requested != null && !requested.equals("auto");
        if (meta.runtime() != null && explicit && !meta.runtime().equals(requested)) {
            throw new UsageException("the guide's commands are written for the " + meta.runtime() + " runtime (its meta"
                    + " marker says so), not " + requested + "; write a guide for " + requested + " with lab guide <lab>"
                    + " --runtime " + requested + " -o <file>");
        }
        return meta.runtime() != null ? meta.runtime() : requested;
    }

    /** The lab a guide belongs to: given, or the guide's own folder, or the path its meta marker names. */
    private Path labOf(Path file, Path lab, GuideMeta meta) {
        if (lab != null) {
            return lab;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && Files.isRegularFile(folder.resolve("lab.yaml"))) {
            return folder;
        }
        if (meta.lab() != null && Files.isRegularFile(cwd.resolve(meta.lab()).resolve("lab.yaml"))) {
            return cwd.resolve(meta.lab());
        }
        throw new UsageException("which lab is " + file + " about? It is not in a lab folder"
                + (meta.lab() == null ? "" : " and its meta marker's lab=" + meta.lab() + " is not one from here")
                + "; name the lab: lab guide <lab> --check " + file);
    }

    private String displayOf(GuideMeta meta, Path lab) {
        return meta.lab() != null ? meta.lab() : displayPath(lab);
    }

    /** The lab folder as the student types it from here: relative when it is below the working directory. */
    String displayPath(Path lab) {
        Path dir = labDir(lab);
        Path shown = dir.startsWith(cwd) && !dir.equals(cwd) ? cwd.relativize(dir) : dir;
        return shown.toString().replace('\\', '/');
    }

    private static Path labDir(Path lab) {
        Path abs = lab.toAbsolutePath().normalize();
        return Files.isDirectory(abs) ? abs : abs.getParent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
