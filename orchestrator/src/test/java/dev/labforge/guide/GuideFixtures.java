package dev.labforge.guide;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.RenderedFolder;
import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.LabInventory;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guide contexts of the repository's reference labs, rendered in memory (no lab, no disk), and a fake lab
 * answering exec from captured outputs (src/test/resources/fixtures/guide/...).
 */
final class GuideFixtures {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/guide");

    private GuideFixtures() {
    }

    /** labs/&lt;folder&gt; as the guide sees it on a runtime, with the lab path the student types. */
    static GuideContext context(String folder, String runtime) {
        return context(folder, runtime, Map.of());
    }

    /** The same with text replacements applied to lab.yaml first (a lab that changed). */
    static GuideContext context(String folder, String runtime, Map<String, String> edits) {
        Path dir = REPO.resolve("labs").resolve(folder);
        try {
            String spec = Files.readString(dir.resolve("lab.yaml"));
            for (var e : edits.entrySet()) {
                spec = spec.replace(e.getKey(), e.getValue());
            }
            Path tmp = Files.createTempDirectory("guide-lab");
            Files.writeString(tmp.resolve("lab.yaml"), spec);
            LoadedSpec loaded = new SpecLoader().load(tmp.resolve("lab.yaml"));
            new Validator().validateOrThrow(loaded);
            Lab model = Resolver.resolve(loaded.spec());
            Map<String, String> files = new HashMap<>();
            for (RenderedFile f : Renderer.render(model, TemplateCatalog.forLab(dir))) {
                files.put(f.path(), f.content());
            }
            RenderedPlan plan = RenderedPlan.parse(files.get(RenderedPaths.PLAN));
            return Guides.context(model, plan, RenderedFolder.of(files), runtime, "labs/" + folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture(String path) {
        try {
            return Files.readString(FIXTURES.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lab that answers each command from a table, and anything else with an error (exit 127). */
    static final class FakeLab implements LabAccess {
        final Map<List<String>, CommandResult> answers = new LinkedHashMap<>();
        final List<List<String>> asked = new ArrayList<>();
        LabInventory status = new LabInventory("calico-bgp-lb", "netns", true, List.of());
        int statusCalls;

        FakeLab answer(String target, List<String> argv, String stdout) {
            List<String> key = new ArrayList<>(List.of(target));
            key.addAll(argv);
            answers.put(key, result(argv, 0, stdout));
            return this;
        }

        static CommandResult result(List<String> argv, int exit, String stdout) {
            return new CommandResult(Command.of(argv), exit, stdout, "", Duration.ofMillis(5), false);
        }

        @Override
        public synchronized CommandResult exec(String target, List<String> argv) {
            List<String> key = new ArrayList<>(List.of(target));
            key.addAll(argv);
            asked.add(key);
            CommandResult r = answers.get(key);
            return r != null ? r : new CommandResult(Command.of(argv), 127, "", "no canned answer for " + key + "\n",
                    Duration.ZERO, false);
        }

        @Override
        public LabInventory status() {
            statusCalls++;
            return status;
        }
    }
}
