package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path tmp;
    final FakeBackend backend = new FakeBackend();

    @Test
    void createsTheArchetypeNamedAfterTheFolder() throws IOException {
        // given
        Path dir = tmp.resolve("labs/11-my-first-lab");

        // when
        CliRun run = CliRun.run(backend, "new", dir.toString());

        // then
        assertThat(run.exitCode()).isZero();
        String yaml = Files.readString(dir.resolve("lab.yaml"));
        assertThat(yaml).contains("\nname: 11-my-first-lab\n", "\ntitle: 11-my-first-lab\n", "platform: ceos",
                "role: route-reflector", "peers: per-vlan", "kind: DaemonSet", "# expect:")
                .doesNotContain("@NAME@");
        assertThat(yaml.lines().filter(l -> l.matches("\\s+- \\{name: k01-.*")).count()).isEqualTo(3);
        assertThat(run.out()).contains("created " + dir.resolve("lab.yaml"), "./lab validate " + dir);
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void refusesToOverwriteAnExistingLab() throws IOException {
        // given
        Path dir = Files.createDirectories(tmp.resolve("lab-x"));
        Files.writeString(dir.resolve("lab.yaml"), "name: mine\n");

        // when
        CliRun run = CliRun.run(backend, "new", dir.toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("lab.yaml") + " already exists", "never overwrites");
        assertThat(Files.readString(dir.resolve("lab.yaml"))).isEqualTo("name: mine\n");
    }

    @Test
    void fromCopiesAnotherLabAndRenamesIt() throws IOException {
        // given
        Path source = Files.createDirectories(tmp.resolve("10-old"));
        String original = """
                # the old lab
                name: calico-bgp-lb   # topology name
                title: Old lab
                tor:
                  name: ceos01
                cluster:
                  nodes:
                    - {name: k01-worker}
                """;
        Files.writeString(source.resolve("lab.yaml"), original);
        Path dir = tmp.resolve("12-new-lab");

        // when
        CliRun run = CliRun.run(backend, "new", dir.toString(), "--from", source.toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("lab.yaml")))
                .isEqualTo(original.replace("name: calico-bgp-lb   # topology name", "name: 12-new-lab   # topology name"));
        assertThat(run.out()).contains("(from " + source.resolve("lab.yaml") + ")");
    }

    @Test
    void fromAcceptsTheLabYamlItself() throws IOException {
        // given
        Path source = Files.createDirectories(tmp.resolve("10-old"));
        Files.writeString(source.resolve("lab.yaml"), "name: \"old\"\ntor: {name: ceos01}\n");

        // when
        CliRun run = CliRun.run(backend, "new", tmp.resolve("lab-b").toString(), "--from", source.resolve("lab.yaml").toString());

        // then
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("lab-b/lab.yaml"))).isEqualTo("name: lab-b\ntor: {name: ceos01}\n");
    }

    @Test
    void fromALabThatDoesNotExistIsAUsageError() {
        // when
        CliRun run = CliRun.run(backend, "new", tmp.resolve("lab-c").toString(), "--from", tmp.resolve("nope").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such lab: " + tmp.resolve("nope"));
        assertThat(tmp.resolve("lab-c")).doesNotExist();
    }

    @Test
    void aFolderNameThatCannotBeALabNameIsRefusedWithASuggestion() {
        // when
        CliRun run = CliRun.run(backend, "new", tmp.resolve("My_Lab").toString());

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the folder name 'My_Lab' becomes the lab name", "e.g. 'my-lab'");
        assertThat(tmp.resolve("My_Lab")).doesNotExist();
    }

    @Test
    void theNoTorArchetypeIsAClusterAloneNamedAfterTheFolder() throws IOException {
        // given
        Path dir = tmp.resolve("labs/02-my-pods");

        // when
        CliRun run = CliRun.run(backend, "new", dir.toString(), "--archetype", "no-tor");

        // then
        assertThat(run.exitCode()).isZero();
        String yaml = Files.readString(dir.resolve("lab.yaml"));
        assertThat(yaml).contains("\nname: 02-my-pods\n", "  name: 02-my-pods\n", "{name: 02-my-pods-control-plane, role: control-plane}",
                "{name: 02-my-pods-worker2}", "encapsulation: VXLANCrossSubnet", "multitool@02-my-pods-worker")
                .doesNotContain("@NAME@", "\ntor:", "vlan:", "peers:");
        assertThat(run.out()).contains("created " + dir.resolve("lab.yaml") + " (archetype no-tor: a kind cluster alone");
    }

    @Test
    void anUnknownArchetypeOrOneWithFromIsAUsageErrorThatNamesTheValidOnes() throws IOException {
        // given
        Path source = Files.createDirectories(tmp.resolve("10-old"));
        Files.writeString(source.resolve("lab.yaml"), "name: old\n");

        // when
        CliRun unknown = CliRun.run(backend, "new", tmp.resolve("lab-d").toString(), "--archetype", "spine-leaf");
        CliRun both = CliRun.run(backend, "new", tmp.resolve("lab-e").toString(), "--archetype", "tor", "--from", source.toString());

        // then
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown archetype 'spine-leaf'; valid: tor, no-tor");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give one of them");
        assertThat(tmp.resolve("lab-d")).doesNotExist();
        assertThat(tmp.resolve("lab-e")).doesNotExist();
    }
}
