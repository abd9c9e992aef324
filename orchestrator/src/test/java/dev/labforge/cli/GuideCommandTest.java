package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.LabInventory;
import dev.labforge.spec.SpecLoader;
import dev.labforge.workflow.LabState;
import dev.labforge.workflow.LabStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lab guide` through the CLI against a fake lab service: which exit code for what, and what it prints. */
class GuideCommandTest {
    static final String EXEC = "exec ceos01 -- vtysh -c 'show ip bgp summary'";
    static final String OUTPUT = "Neighbor        V         AS   MsgRcvd   MsgSent   TblVer  InQ OutQ  Up/Down State/PfxRcd\n"
            + "*10.10.10.11    4      65010         5         9        0    0    0 00:00:03            2\n";

    @TempDir
    Path tmp;

    Path lab;
    FakeBackend backend = new FakeBackend();

    /** Lab 10 rendered into the lab's out/ folder, with the state `lab up` leaves, and an exec that answers OUTPUT. */
    @BeforeEach
    void runningLab() throws IOException {
        lab = Files.createDirectories(tmp.resolve("lab10"));
        Files.copy(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"), lab.resolve("lab.yaml"));
        Lab model = Resolver.resolve(new SpecLoader().load(lab.resolve("lab.yaml")).spec());
        for (RenderedFile f : Renderer.render(model, TemplateCatalog.builtIn())) {
            Path p = lab.resolve("out").resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
        LabStateStore.save(lab, new LabState(model.name(), "netns", lab.resolve("out").toString(), Instant.now()));
        backend.model = model;
        backend.execResult = FakeBackend.result(0, OUTPUT, "", false);
        backend.inventory = new LabInventory(model.name(), "netns", true, List.of());
    }

    private Path guide(String text) throws IOException {
        return Files.writeString(lab.resolve("GUIDE.md"), text);
    }

    private static String region(String id, String body) {
        return "<!-- lab:guide:begin " + id + " -->\n" + body + "<!-- lab:guide:end " + id + " -->\n";
    }

    @Test
    void aGuideWrittenFromTheLabChecksCleanAndAnEditedOutputExits1WithItsRegionAndADiff() throws IOException {
        // given: a guide of one region, filled by --update
        Path file = guide("# Mine\n\n" + region(EXEC, ""));
        assertThat(CliRun.run(backend, "guide", "--update", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("# Mine\n\n").contains("*10.10.10.11    4      65010");

        // when
        CliRun clean = CliRun.run(backend, "guide", "--check", file.toString());
        Files.writeString(file, Files.readString(file).replace("65010         5", "65011         5"));
        CliRun drifted = CliRun.run(backend, "guide", "--check", file.toString());

        // then
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).endsWith("GUIDE.md: all 1 regions match the lab\n");
        assertThat(drifted.exitCode()).isEqualTo(1);
        assertThat(drifted.out()).contains("drift: " + file + ":3 region `" + EXEC + "`",
                "-*10.10.10.11    4      65011", "+*10.10.10.11    4      65010", "1 of 1 regions drifted");
        assertThat(backend.lastTarget).isEqualTo("ceos01");
        assertThat(backend.lastArgv).containsExactly("vtysh", "-c", "show ip bgp summary");
    }

    @Test
    void malformedGuidesExit2WithFileAndLineAndRunNothing() throws IOException {
        // given
        Path unclosed = guide("intro\n<!-- lab:guide:begin topology -->\n");

        // when
        CliRun run = CliRun.run(backend, "guide", "--check", unclosed.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + unclosed + ":2: region `topology` is never closed (add"
                + " <!-- lab:guide:end topology -->)\n");
        assertThat(backend.calls).doesNotContain("exec");
    }

    @Test
    void anUnknownTargetOrCommandIsExit2NamingTheLine() throws IOException {
        // given
        Path file = guide("x\n\n" + region("exec ceos9 -- vtysh -c 'show ip bgp'", "") + region("tracert ceos01", ""));

        // when
        CliRun run = CliRun.run(backend, "guide", "--check", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + file + ":3: unknown exec target `ceos9`; this lab has: ceos01,",
                "error: " + file + ":5: unknown region type `tracert`; valid: title,");
        assertThat(backend.calls).doesNotContain("exec");
    }

    @Test
    void aNewGuideNeverOverwritesAnAuthorsFile() throws IOException {
        // given
        guide("my guide\n");

        // when
        CliRun run = CliRun.run(backend, "guide", lab.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("GUIDE.md exists; `lab guide --update", "--force");
        assertThat(Files.readString(lab.resolve("GUIDE.md"))).isEqualTo("my guide\n");
    }

    @Test
    void aLabThatIsNotUpIsExit3SayingHowToStartIt() throws IOException {
        // given
        LabStateStore.delete(lab);
        Path file = guide(region(EXEC, ""));

        // when
        CliRun run = CliRun.run(backend, "guide", "--check", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("lab calico-bgp-lb is not up", "--run");
    }

    @Test
    void runBringsTheLabUpForTheGuideAndTakesItDown() throws IOException {
        // given
        Path out = tmp.resolve("new.md");

        // when
        CliRun run = CliRun.run(backend, "guide", lab.toString(), "-o", out.toString(), "--run", "--runtime", "netns");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        // (the model is read first: a lab without a ToR is refused before anything comes up)
        assertThat(backend.calls).filteredOn(c -> !c.equals("model")).startsWith("up").endsWith("down").contains("exec");
        assertThat(Files.readString(out)).startsWith("<!-- lab:guide:meta lab=" + lab + " runtime=netns -->\n");
    }

    @Test
    void aGuideForAnotherRuntimeIsAUsageError() throws IOException {
        // given
        Path file = guide("<!-- lab:guide:meta runtime=clab -->\n" + region(EXEC, ""));

        // when
        CliRun run = CliRun.run(backend, "guide", "--check", file.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the guide is for the clab runtime, but lab calico-bgp-lb runs on netns");
    }

    @Test
    void updateAndCheckTogetherOrNoLabAreUsageErrors() throws IOException {
        Path file = guide("x\n");
        assertThat(CliRun.run(backend, "guide", "--update", file.toString(), "--check", file.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.run(backend, "guide").err()).contains("which lab?");
        assertThat(CliRun.run(backend, "guide", "--check", tmp.resolve("none.md").toString()).err()).contains("no such guide file");
    }
}
