package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.cli.LabCli;
import dev.labforge.testing.E2E;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `lab guide` against real netns labs, through the CLI in-process. Every shipped GUIDE.md is true of its lab;
 * the seed's guide goes through the life cycle: written, checked, checked after a redeploy, an edited
 * output and a moved block caught, an author's paragraph kept by --update. Labs run under test names
 * (lfe2e-g*), so they never meet a lab someone else runs here; every one is taken down, also on failure.
 */
@E2E
class GuideE2ETest {
    private static final Path LABS = GuideFixtures.REPO.resolve("labs");

    @TempDir
    Path tmp;

    private Path upLab;

    private record Run(int code, String out, String err) {
    }

    private static Run lab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @AfterEach
    void down() {
        if (upLab != null) {
            lab("down", upLab.toString(), "--runtime", "netns");
        }
    }

    /** The reference labs that ship a guide. */
    static Stream<String> shipped() throws IOException {
        try (Stream<Path> dirs = Files.list(LABS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("GUIDE.md"))).map(d -> d.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    /** A copy of a lab folder (lab.yaml and GUIDE.md) under a test name. */
    private Path copy(String folder, String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        String spec = Files.readString(LABS.resolve(folder).resolve("lab.yaml"));
        Files.writeString(dir.resolve("lab.yaml"), spec.replaceFirst("(?m)^name: .*$", "name: " + name));
        Path guide = LABS.resolve(folder).resolve("GUIDE.md");
        if (Files.exists(guide)) {
            Files.copy(guide, dir.resolve("GUIDE.md"));
        }
        upLab = dir;
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everyShippedGuideIsTrueOfItsLab(String folder) throws IOException {
        // given
        Path lab = copy(folder, "lfe2e-g" + folder.substring(0, 2));

        // when
        Run check = lab("guide", "--check", lab.resolve("GUIDE.md").toString(), "--run", "--runtime", "netns");

        // then
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("regions match the lab");
    }

    @Test
    void theSeedsGuideIsWrittenStaysTrueAcrossARedeployAndCatchesEveryKindOfDrift() throws IOException {
        // given
        Path lab = copy("10-calico-bgp-ippool", "lfe2e-gseed");
        Files.delete(lab.resolve("GUIDE.md"));
        Path guide = lab.resolve("GUIDE.md");

        // when: written on a lab brought up and down for it
        Run write = lab("guide", lab.toString(), "--run", "--runtime", "netns");

        // then
        assertThat(write.code()).as(write.out() + write.err()).isZero();
        String text = Files.readString(guide);
        assertThat(text).contains("ttl=61", "ttl=63", "B>* 192.168.46.128/26 [200/0] via 10.10.20.20", "```mermaid");

        // when / then: true of a fresh lab, and again after down and up
        assertThat(lab("up", lab.toString(), "--runtime", "netns").code()).isZero();
        assertThat(lab("guide", "--check", guide.toString()).code()).isZero();
        assertThat(lab("down", lab.toString()).code()).isZero();
        assertThat(lab("up", lab.toString(), "--runtime", "netns").code()).isZero();
        Run again = lab("guide", "--check", guide.toString());
        assertThat(again.code()).as(again.out()).isZero();

        // when / then: an output edited by hand is a drift, named
        Path edited = lab.resolve("EDITED.md");
        Files.writeString(edited, text.replace("via 10.10.20.20, br20", "via 10.10.20.99, br20"));
        Run drift = lab("guide", lab.toString(), "--check", edited.toString());
        assertThat(drift.code()).isEqualTo(1);
        assertThat(drift.out()).contains("region `exec ceos01 -- vtysh -c 'show ip route'`", "-B>* 192.168.46.128/26 [200/0] via 10.10.20.99");

        // when / then: --update keeps an author's paragraph byte for byte
        String paragraph = "\nMy own words, *kept*   \n\n";
        String end = "<!-- lab:guide:end topology -->\n";
        Files.writeString(guide, text.replace(end, end + paragraph));
        assertThat(lab("guide", "--update", guide.toString()).code()).isZero();
        assertThat(Files.readString(guide)).contains(end + paragraph);
        assertThat(lab("guide", "--check", guide.toString()).code()).isZero();

        // when / then: the lab changes (a block pinned elsewhere): the guide no longer holds
        assertThat(lab("down", lab.toString()).code()).isZero();
        Files.writeString(lab.resolve("lab.yaml"), Files.readString(lab.resolve("lab.yaml"))
                .replace("block: 192.168.46.128/26", "block: 192.168.46.192/26"));
        assertThat(lab("up", lab.toString(), "--runtime", "netns").code()).isZero();
        Run moved = lab("guide", "--check", guide.toString());
        assertThat(moved.code()).isEqualTo(1);
        assertThat(moved.out()).contains("region `blocks`", "region `exec ceos01 -- vtysh -c 'show ip route'`");
        assertThat(List.of(moved.out().split("\n"))).anyMatch(l -> l.startsWith("+B>* 192.168.46.192/26"));
    }

    @Test
    void labTestChecksEachLabsGuideAsATestcaseAndFailsADriftedOneNamingItsRegion() throws IOException {
        // given lab 04 with its guide as shipped, and lab 06 whose guide has one captured output edited by hand
        Path clean = copy("04-linux-tor", "lfe2e-gt04");
        Path edited = copy("06-calico-overlay", "lfe2e-gt06");
        Path guide = edited.resolve("GUIDE.md");
        String text = Files.readString(guide);
        assertThat(text).contains("dst 10.10.20.20 self permanent");
        Files.writeString(guide, text.replace("dst 10.10.20.20 self permanent", "dst 10.10.20.99 self permanent"));
        Path reports = tmp.resolve("reports");

        // when
        Run test = lab("test", clean.toString(), edited.toString(), "--runtime", "netns", "--report-dir", reports.toString());

        // then
        assertThat(test.code()).as(test.out() + test.err()).isEqualTo(1);
        assertThat(test.out() + test.err()).contains("FAILED guide GUIDE.md",
                "region `exec k01-worker -- bridge fdb show dev vxlan.calico`", "-66:6c:c0:a8:d1:40 dst 10.10.20.99 self permanent");
        assertThat(List.of((test.out() + test.err()).split("\n")))
                .anyMatch(l -> l.startsWith("lfe2e-gt04") && l.contains("PASSED"))
                .anyMatch(l -> l.startsWith("lfe2e-gt06") && l.contains("FAILED") && l.contains("guide failed"));
        assertThat(reports.resolve("junit.xml")).content().contains("guide GUIDE.md");
    }
}
