package dev.labforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

    @TempDir
    Path tmp;

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        // given
        Report report = SampleReports.mixed();
        Path file = tmp.resolve("out/report.json");
        // when
        ReportWriter.writeJson(report, file);
        // then
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.propertyNames()).containsExactly("lab", "runtime", "verdict", "started", "totalMs", "summary", "phases", "checks");
        assertThat(root.path("lab").asString()).isEqualTo("calico-bgp-lb");
        assertThat(root.path("verdict").asString()).isEqualTo("FAILED");
        assertThat(root.path("started").asString()).isEqualTo("2026-11-26T07:00:00Z");
        assertThat(root.path("totalMs").asLong()).isEqualTo(33_500);
        assertThat(root.path("summary").path("passed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("skipped").asInt()).isEqualTo(1);
        JsonNode phase = root.path("phases").get(0);
        assertThat(phase.propertyNames()).containsExactly("name", "status", "durationMs", "detail");
        assertThat(phase.path("status").asString()).isEqualTo("ok");
        assertThat(phase.path("durationMs").asLong()).isEqualTo(1234);
        JsonNode failed = root.path("checks").get(1);
        assertThat(failed.propertyNames()).containsExactly("name", "type", "expected", "observed", "verdict", "waitedMs");
        assertThat(failed.path("type").asString()).isEqualTo("bgp");
        assertThat(failed.path("observed").asString()).isEqualTo(report.checks().get(1).observed());
        assertThat(failed.path("waitedMs").asLong()).isEqualTo(30_000);
    }

    @Test
    void junitIsValidXmlWithOneSuitePerLabAndEscapedText() throws Exception {
        // given
        List<Report> reports = List.of(SampleReports.mixed(), SampleReports.deployFailed());
        Path file = tmp.resolve("junit.xml");
        // when
        ReportWriter.writeJunit(reports, file);
        // then
        Document doc = parse(Files.readString(file));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("4");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("calico-bgp-lb", "calico-ebgp");

        Element seed = suites.get(0);
        assertThat(seed.getAttribute("tests")).isEqualTo("3");
        assertThat(seed.getAttribute("failures")).isEqualTo("1");
        assertThat(seed.getAttribute("skipped")).isEqualTo("1");
        assertThat(seed.getAttribute("time")).isEqualTo("33.500");
        List<Element> cases = children(seed, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly(
                "bgp ceos01 <- 10.10.10.11 (k01-worker)", "bgp ceos01 <- 10.10.20.20 (k01-worker3)",
                "ping multitool-1@k01-worker -> multitool-1@k01-worker3 ttl 61");
        Element failure = children(cases.get(1), "failure").get(0);
        assertThat(failure.getAttribute("message"))
                .startsWith("expected Established, 2 prefixes received, observed peer 10.10.20.20: Active for 30 s, expected <Established> & \"2\" prefixes?")
                .endsWith(" ...");
        assertThat(failure.getTextContent()).contains("observed: peer 10.10.20.20: Active for 30 s", "From x: 'y'");
        assertThat(children(cases.get(2), "skipped")).hasSize(1);
        assertThat(children(cases.get(0), "failure")).isEmpty();
        List<Element> props = children(children(seed, "properties").get(0), "property");
        assertThat(props).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .contains("runtime=netns", "phase.deploy=ok 1.234 s", "phase.bgp=ok 2.100 s");
    }

    @Test
    void aFailedPhaseWithoutChecksStillYieldsATestcase() throws Exception {
        // given
        Report report = SampleReports.deployFailed();
        // when
        Document doc = parse(ReportWriter.toJunit(List.of(report)));
        // then
        Element suite = children(doc.getDocumentElement(), "testsuite").get(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.getAttribute("name")).isEqualTo("phase deploy");
            assertThat(c.getAttribute("classname")).isEqualTo("labforge.calico-ebgp.phase");
            Element f = children(c, "failure").get(0);
            assertThat(f.getAttribute("message")).isEqualTo("phase deploy failed: containerlab deploy exited 1: ...");
            assertThat(f.getTextContent()).contains("image ceos:4.34.0F not found");
        });
        List<Element> props = children(children(suite, "properties").get(0), "property");
        assertThat(props).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .contains("phase.bgp=skipped 0.000 s: deploy failed", "verdict=FAILED");
    }

    @Test
    void emptyListIsAnEmptyButValidDocument() throws Exception {
        Document doc = parse(ReportWriter.toJunit(List.of()));
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("0");
    }

    @Test
    void controlCharactersAreReplaced() {
        assertThat(ReportWriter.clean("a\u0000b\u001bc\td\n")).isEqualTo("a?b?c\td\n");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
