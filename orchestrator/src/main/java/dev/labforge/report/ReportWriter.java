package dev.labforge.report;

import dev.labforge.wait.Durations;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes report.json (one lab) and junit.xml (several labs: one testsuite per lab, one testcase per
 * check, phases as properties, and a testcase for each failed phase so CI shows why checks did not
 * run). Durations are milliseconds in JSON and seconds in JUnit, as those formats expect.
 */
public final class ReportWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportWriter() {
    }

    public static void writeJson(Report report, Path file) {
        write(file, toJson(report));
    }

    public static void writeJunit(List<Report> reports, Path file) {
        write(file, toJunit(reports));
    }

    /**
     * The report.json document: {@code lab, runtime, verdict, started, totalMs, summary{passed,failed,skipped},
     * phases[{name,status,durationMs,detail}], checks[{name,type,expected,observed,verdict,waitedMs}]}.
     */
    public static String toJson(Report r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("lab", r.lab());
        root.put("runtime", r.runtime());
        root.put("verdict", r.verdict().name());
        root.put("started", r.started() == null ? null : r.started().toString());
        root.put("totalMs", r.total().toMillis());
        ObjectNode summary = root.putObject("summary");
        summary.put("passed", r.count(Verdict.PASSED));
        summary.put("failed", r.count(Verdict.FAILED));
        summary.put("skipped", r.count(Verdict.SKIPPED));
        ArrayNode phases = root.putArray("phases");
        for (PhaseOutcome p : r.phases()) {
            ObjectNode n = phases.addObject();
            n.put("name", p.name());
            n.put("status", p.status().label());
            n.put("durationMs", p.took().toMillis());
            n.put("detail", p.detail());
        }
        ArrayNode checks = root.putArray("checks");
        for (CheckOutcome c : r.checks()) {
            ObjectNode n = checks.addObject();
            n.put("name", c.name());
            n.put("type", c.type());
            n.put("expected", c.expected());
            n.put("observed", c.observed());
            n.put("verdict", c.verdict().name());
            n.put("waitedMs", c.waited().toMillis());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    public static String toJunit(List<Report> reports) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "labforge");
            x.writeAttribute("tests", String.valueOf(reports.stream().mapToLong(ReportWriter::testCount).sum()));
            x.writeAttribute("failures", String.valueOf(reports.stream().mapToLong(ReportWriter::failureCount).sum()));
            x.writeAttribute("skipped", String.valueOf(reports.stream().mapToLong(r -> r.count(Verdict.SKIPPED)).sum()));
            x.writeAttribute("time", Durations.seconds(reports.stream().map(Report::total).reduce(Duration.ZERO, Duration::plus)));
            for (Report r : reports) {
                suite(x, r);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        return out + "\n";
    }

    private static void suite(XMLStreamWriter x, Report r) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(r.lab()));
        x.writeAttribute("tests", String.valueOf(testCount(r)));
        x.writeAttribute("failures", String.valueOf(failureCount(r)));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", String.valueOf(r.count(Verdict.SKIPPED)));
        x.writeAttribute("time", Durations.seconds(r.total()));
        if (r.started() != null) {
            x.writeAttribute("timestamp", r.started().toString());
        }
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        property(x, "runtime", r.runtime());
        property(x, "verdict", r.verdict().name());
        for (PhaseOutcome p : r.phases()) {
            String value = p.status().label() + " " + Durations.seconds(p.took()) + " s" + (p.detail().isEmpty() ? "" : ": " + p.detail());
            property(x, "phase." + p.name(), value);
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
        String classname = "labforge." + clean(r.lab());
        for (PhaseOutcome p : r.phases()) {
            if (p.status() == PhaseOutcome.Status.FAILED) {
                x.writeCharacters("\n    ");
                x.writeStartElement("testcase");
                x.writeAttribute("classname", classname + ".phase");
                x.writeAttribute("name", clean("phase " + p.name()));
                x.writeAttribute("time", Durations.seconds(p.took()));
                x.writeStartElement("failure");
                x.writeAttribute("type", "PhaseFailed");
                x.writeAttribute("message", clean(firstLine("phase " + p.name() + " failed: " + p.detail())));
                x.writeCharacters(clean(p.detail()));
                x.writeEndElement();
                x.writeEndElement();
            }
        }
        for (CheckOutcome c : r.checks()) {
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", classname);
            x.writeAttribute("name", clean(c.name()));
            x.writeAttribute("time", Durations.seconds(c.waited()));
            if (c.verdict() == Verdict.FAILED) {
                x.writeStartElement("failure");
                x.writeAttribute("type", "CheckFailed");
                x.writeAttribute("message", clean(firstLine("expected " + c.expected() + ", observed " + c.observed())));
                x.writeCharacters(clean("expected: " + c.expected() + "\nobserved: " + c.observed() + "\n"));
                x.writeEndElement();
            } else if (c.verdict() == Verdict.SKIPPED) {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", clean(firstLine(c.observed())));
            } else {
                x.writeStartElement("system-out");
                x.writeCharacters(clean(c.observed()));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", clean(name));
        x.writeAttribute("value", clean(value));
    }

    private static long failedPhases(Report r) {
        return r.phases().stream().filter(p -> p.status() == PhaseOutcome.Status.FAILED).count();
    }

    private static long testCount(Report r) {
        return r.checks().size() + failedPhases(r);
    }

    private static long failureCount(Report r) {
        return r.count(Verdict.FAILED) + failedPhases(r);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    /** Drops characters XML 1.0 cannot carry (control characters from daemon output); escaping is the writer's job. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            b.appendCodePoint(ok ? cp : '?');
        });
        return b.toString();
    }

    private static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
