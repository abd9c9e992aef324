package dev.labforge.report.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.report.Report;
import dev.labforge.report.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two shards' report folders, made from report records, merged into one folder; report.html read back with jsoup. */
class ReportMergeTest {
    static final Instant GENERATED = Instant.parse("2026-11-26T03:00:00Z");

    @TempDir
    Path tmp;

    Path shard1;
    Path shard2;
    Path out;
    Report failed = ShardFolders.failedPing("lfe2e-t10", "netns");

    @BeforeEach
    void twoShards() {
        shard1 = tmp.resolve("shard-1");
        shard2 = tmp.resolve("shard-2");
        out = tmp.resolve("merged");
        Report r07 = ShardFolders.passed("lfe2e-t07", "netns");
        Report r09 = ShardFolders.passed("lfe2e-t09", "netns");
        Report r08 = ShardFolders.passed("lfe2e-t08", "netns");
        ShardFolders.lab(shard1, "07-calico-bgp", r07);
        ShardFolders.lab(shard1, "09-multi-ippool", r09);
        ShardFolders.junit(shard1, r07, r09);
        ShardFolders.lab(shard2, "08-calico-bgp-lb", r08);
        ShardFolders.lab(shard2, "10-calico-bgp-ippool", failed);
        ShardFolders.junit(shard2, r08, failed);
    }

    MergedReport merge(Path... inputs) {
        MergedReport merged = ReportMerger.merge(java.util.Arrays.stream(inputs).map(ShardFolderReader::read).toList());
        MergedReportWriter.write(merged, out, GENERATED);
        return merged;
    }

    Document html() throws IOException {
        return Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    }

    @Test
    void theHtmlHasOneRowPerLabInFolderOrderWithVerdictAndRuntime() throws IOException {
        // when
        merge(shard2, shard1);

        // then
        Document doc = html();
        assertThat(doc.select("table.labs tbody tr.lab")).extracting(r -> r.selectFirst(".lab-folder").text())
                .containsExactly("07-calico-bgp", "08-calico-bgp-lb", "09-multi-ippool", "10-calico-bgp-ippool");
        assertThat(doc.select("tr.lab .verdict")).extracting(Element::text).containsExactly("PASSED", "PASSED", "PASSED", "FAILED");
        assertThat(doc.select("tr.lab td[data-label=Runtime]")).extracting(Element::text).containsOnly("netns");
        assertThat(doc.selectFirst(".summary").text()).startsWith("4 labs: 3 passed, 1 failed, 0 skipped");
        assertThat(doc.select(".problems")).isEmpty();
    }

    @Test
    void aFailedLabShowsItsFailedChecksInFullAndLinksItsCopiedBundle() throws IOException {
        // when
        merge(shard1, shard2);

        // then
        Element row = html().getElementById("lab-netns-10-calico-bgp-ippool");
        assertThat(row).isNotNull();
        assertThat(row.select(".check:not(.phase-failure)")).singleElement().satisfies(check -> {
            assertThat(check.selectFirst(".check-name").text()).isEqualTo("ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 60");
            assertThat(check.selectFirst("pre.expected").wholeText()).isEqualTo("replies with ttl 60");
            assertThat(check.selectFirst("pre.observed").wholeText()).isEqualTo(failed.checks().get(1).observed());
        });
        assertThat(row.selectFirst(".phase-failure").text()).contains("phase ping failed", "1 of 3 pings failed");
        String href = row.selectFirst("a.bundle").attr("href");
        assertThat(href).isEqualTo("bundles/netns/10-calico-bgp-ippool/");
        assertThat(out.resolve(href).resolve("tor/show-bgp-summary.json")).hasContent("{\"peers\": {}}");
        assertThat(html().getElementById("lab-netns-07-calico-bgp").selectFirst("td[data-label=Failure bundle]").text()).isEqualTo("none");
    }

    @Test
    void phaseDurationsAreBarsScaledToTheSlowestLab() throws IOException {
        // when
        merge(shard1, shard2);

        // then: the failed lab's 23.15 s of phases is the widest; its ping segment is 20 of them
        Element bar = html().getElementById("lab-netns-10-calico-bgp-ippool").selectFirst(".bar");
        assertThat(bar.select(".seg")).extracting(s -> s.attr("style")).containsExactly("width:1.08%", "width:12.53%", "width:86.39%");
        assertThat(bar.select(".seg.failed").attr("title")).isEqualTo("ping failed 20.00 s");
        assertThat(bar.attr("aria-label")).isEqualTo("render ok 0.25 s, deploy ok 2.90 s, ping failed 20.00 s");
    }

    @Test
    void thePageIsSelfContainedAndMadeForSmallScreens() throws IOException {
        // when
        merge(shard1, shard2);

        // then
        Document doc = html();
        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotContain(":").doesNotStartWith("/"));
        assertThat(doc.selectFirst("style").data()).contains("@media (max-width: 700px)").doesNotContain("@import", "url(");
        assertThat(doc.selectFirst("meta[name=viewport]").attr("content")).isEqualTo("width=device-width, initial-scale=1");
        assertThat(doc.select("tbody td")).allSatisfy(td -> assertThat(td.attr("data-label")).isNotBlank());
    }

    @Test
    void theJunitFileHoldsEveryTestcaseOfBothShards() throws Exception {
        // when
        merge(shard1, shard2);

        // then
        org.w3c.dom.Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        int shardCases = testcases(shard1.resolve("junit.xml")) + testcases(shard2.resolve("junit.xml"));
        assertThat(junit.getElementsByTagName("testsuite").getLength()).isEqualTo(4);
        assertThat(junit.getElementsByTagName("testcase").getLength()).isEqualTo(shardCases).isEqualTo(6);
        assertThat(junit.getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    @Test
    void reportJsonHoldsEachLabsReportWithWhereItCameFrom() throws IOException {
        // when
        merge(shard1, shard2);

        // then
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
        assertThat(json.get("summary").get("failed").asInt()).isEqualTo(1);
        JsonNode lab10 = json.get("labs").get(3);
        assertThat(lab10.get("folder").asString()).isEqualTo("10-calico-bgp-ippool");
        assertThat(lab10.get("input").asString()).isEqualTo(shard2.toString());
        assertThat(lab10.get("bundle").asString()).isEqualTo("bundles/netns/10-calico-bgp-ippool/");
        assertThat(ReportReader.fromJson(lab10.get("report").toString())).isEqualTo(failed);
    }

    @Test
    void badOrPartialInputsAreNamedInTheHtmlAndTheRestIsMerged() throws IOException {
        // given: a shard that never uploaded, one that died half-way, and a lab whose report is garbage
        Path missing = tmp.resolve("shard-3");
        Path partial = tmp.resolve("shard-4");
        ShardFolders.lab(partial, "15-selective-bgp-peering", ShardFolders.passed("lfe2e-t15", "netns"));
        Files.createDirectories(partial.resolve("99-unfinished"));
        Files.writeString(shard2.resolve("08-calico-bgp-lb/report.json"), "{\"lab\": ");

        // when
        MergedReport merged = merge(shard1, shard2, missing, partial);

        // then
        assertThat(merged.labs()).extracting(MergedReport.Lab::folder)
                .containsExactly("07-calico-bgp", "09-multi-ippool", "10-calico-bgp-ippool", "15-selective-bgp-peering");
        List<String> problems = html().select(".problems li").eachText();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith(shard2 + ": 08-calico-bgp-lb/report.json is not readable: not JSON");
        assertThat(problems.get(1)).isEqualTo(missing + ": does not exist (did the shard's job upload its report folder?)");
        assertThat(problems.get(2)).isEqualTo(partial
                + ": 99-unfinished/ has no report.json (the lab's run did not finish writing its report)");
        assertThat(problems.get(3)).isEqualTo(partial
                + ": has no junit.xml: the shard did not finish (the labs that wrote report.json are merged)");
    }

    @Test
    void aLabInTwoInputsIsKeptOnceAndTheOverlapNamed() {
        // when
        MergedReport merged = merge(shard1, shard1);

        // then
        assertThat(merged.labs()).hasSize(2);
        assertThat(merged.problems()).extracting(MergedReport.Problem::what)
                .containsExactly("lab netns/07-calico-bgp is also in " + shard1 + " (overlapping shards?): kept the one from " + shard1,
                        "lab netns/09-multi-ippool is also in " + shard1 + " (overlapping shards?): kept the one from " + shard1);
    }

    @Test
    void whenTheInputsHoldTwoRuntimesJunitSuitesAreNamedByRuntime() throws Exception {
        // given: the clab run of the same labs
        Path clab = tmp.resolve("clab-shard-1");
        Report c07 = ShardFolders.passed("lfe2e-t07", "clab");
        ShardFolders.lab(clab, "07-calico-bgp", c07);
        ShardFolders.junit(clab, c07);

        // when
        MergedReport merged = merge(shard1, clab);

        // then
        assertThat(merged.labs()).extracting(MergedReport.Lab::id).containsExactly("clab/07-calico-bgp", "netns/07-calico-bgp",
                "netns/09-multi-ippool");
        assertThat(ReportMerger.junitReports(merged)).extracting(Report::lab)
                .containsExactly("clab.lfe2e-t07", "netns.lfe2e-t07", "netns.lfe2e-t09");
    }

    private static int testcases(Path junit) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getElementsByTagName("testcase").getLength();
    }
}
