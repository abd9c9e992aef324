package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.testing.E2E;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly flow for real, on the embedded runtime: `lab test labs/* --shard 1/2` and `--shard 2/2`
 * run disjoint sets of the reference labs whose union is all of them, and `lab report merge` of the
 * two report folders gives one JUnit file with every testcase of both and a report.html with one
 * row per lab, showing the failed check of the lab made to fail (lab 10 expecting a wrong TTL). Labs
 * run as renamed copies, so a user's running labs are never touched.
 */
@E2E
class ShardedLabTestE2ETest {
    static final Path LABS = Path.of("../labs");
    static final String WRONG_TTL_PING = "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 60";

    @TempDir
    Path tmp;

    @Test
    void twoShardsRunEveryLabOnceAndTheirMergedReportShowsEachLabAndTheFailedCheck() throws Exception {
        // given
        List<String> labs = renamedCopiesOfTheReferenceLabs();
        Path shard1 = tmp.resolve("reports/shard-1");
        Path shard2 = tmp.resolve("reports/shard-2");
        Path merged = tmp.resolve("reports/merged");

        // when
        CliRun list1 = lab(labs, "--shard", "1/2", "--list");
        CliRun list2 = lab(labs, "--shard", "2/2", "--list");
        CliRun run1 = lab(labs, "--shard", "1/2", "--runtime", "netns", "--timeout", "60s", "--report-dir", shard1.toString());
        CliRun run2 = lab(labs, "--shard", "2/2", "--runtime", "netns", "--timeout", "60s", "--report-dir", shard2.toString());
        CliRun merge = real("report", "merge", shard1.toString(), shard2.toString(), "-o", merged.toString());

        // then: disjoint shards whose union is every lab, each run as listed
        List<String> first = list1.out().lines().map(l -> Path.of(l).getFileName().toString()).toList();
        List<String> second = list2.out().lines().map(l -> Path.of(l).getFileName().toString()).toList();
        assertThat(first).doesNotContainAnyElementsOf(second);
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyInAnyOrderElementsOf(labs.stream().map(l -> Path.of(l).getFileName().toString()).toList());
        assertThat(labFolders(shard1)).containsExactlyElementsOf(first);
        assertThat(labFolders(shard2)).containsExactlyElementsOf(second);
        assertThat(List.of(run1.exitCode(), run2.exitCode())).as(run1.err() + run2.err()).containsExactlyInAnyOrder(0, 1);

        // and one JUnit file holds every testcase of both shards
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.err()).isEmpty();
        assertThat(testcases(merged.resolve("junit.xml"))).isEqualTo(testcases(shard1.resolve("junit.xml"))
                + testcases(shard2.resolve("junit.xml"))).isGreaterThan(20);

        // and report.html has one row per lab, the failed check in full and the copied bundle
        Document html = Jsoup.parse(merged.resolve("report.html").toFile(), "UTF-8");
        assertThat(html.select("tbody tr.lab")).extracting(r -> r.selectFirst(".lab-folder").text())
                .containsExactlyElementsOf(all.stream().sorted().toList());
        Element failed = html.getElementById("lab-netns-10-calico-bgp-ippool");
        assertThat(failed.selectFirst(".verdict").text()).isEqualTo("FAILED");
        assertThat(failed.select(".check-name").eachText()).contains(WRONG_TTL_PING);
        assertThat(failed.selectFirst("pre.expected").text()).contains("ttl 60");
        assertThat(failed.selectFirst("pre.observed").text()).contains("61");
        assertThat(merged.resolve(failed.selectFirst("a.bundle").attr("href")).resolve("rendered/topology.clab.yaml")).exists();
        assertThat(html.select("tr.lab.passed")).hasSize(labs.size() - 1);
    }

    private List<String> renamedCopiesOfTheReferenceLabs() throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(LABS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("lab.yaml"))).sorted().toList()) {
                String folder = dir.getFileName().toString();
                // two labs of one number (18-mtu, 18-mtu-jumbo) get t18 and t18b
                int nth = (int) copies.stream().filter(c -> Path.of(c).getFileName().toString().startsWith(folder.substring(0, 2))).count();
                String spec = Files.readString(dir.resolve("lab.yaml")).replaceFirst("(?m)^name: .*$",
                        "name: lfshard-t" + folder.substring(0, 2) + (nth == 0 ? "" : String.valueOf((char) ('a' + nth))));
                if (folder.equals("10-calico-bgp-ippool")) {
                    spec = spec.replace("to: multitool-1@k01-worker3, ttl: 61}", "to: multitool-1@k01-worker3, ttl: 60}");
                    assertThat(spec).contains("ttl: 60}");
                }
                Path copy = Files.createDirectories(tmp.resolve("labs").resolve(folder));
                Files.writeString(copy.resolve("lab.yaml"), spec);
                copies.add(copy.toString());
            }
        }
        assertThat(copies).extracting(c -> Path.of(c).getFileName().toString()).contains("04-linux-tor", "06-calico-overlay",
                "10-calico-bgp-ippool", "16-static-ip", "18-mtu-jumbo");
        return copies;
    }

    private static CliRun lab(List<String> labs, String... options) {
        List<String> args = new ArrayList<>(List.of("test"));
        args.addAll(labs);
        args.addAll(List.of(options));
        return real(args.toArray(String[]::new));
    }

    private static CliRun real(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCli.run(new DefaultBackend(Map.of()), Map.of(), false, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static List<String> labFolders(Path reportDir) throws IOException {
        try (Stream<Path> s = Files.list(reportDir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int testcases(Path junit) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getElementsByTagName("testcase").getLength();
    }
}
