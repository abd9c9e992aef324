package dev.labforge.report.merge;

import dev.labforge.report.CheckOutcome;
import dev.labforge.report.PhaseOutcome;
import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import dev.labforge.report.merge.MergedReport.Lab;
import dev.labforge.report.merge.MergedReport.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * report.html of a merged run: one self-contained page (CSS inline; no scripts, fonts or images
 * from anywhere) with one row per lab: verdict, runtime, phase durations as bars (scaled to the
 * slowest lab, so rows compare), every failed check with expected and observed in full, failed
 * phases with their detail, and a link to the lab's failure bundle. Pure.
 */
public final class ReportHtml {
    private static final String CSS = resource("report.css");

    private ReportHtml() {
    }

    public static String render(MergedReport merged, Instant generated) {
        StringBuilder h = new StringBuilder(8192);
        long failed = merged.count(Verdict.FAILED);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>labforge: ").append(merged.labs().size()).append(" labs, ").append(failed).append(" failed</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>labforge lab report</h1>\n<p class=\"summary\">").append(merged.labs().size()).append(" labs: ")
                .append("<span class=\"passed\">").append(merged.count(Verdict.PASSED)).append(" passed</span>, ")
                .append("<span class=\"failed\">").append(failed).append(" failed</span>, ")
                .append("<span class=\"skipped\">").append(merged.count(Verdict.SKIPPED)).append(" skipped</span>")
                .append(" &middot; merged from ").append(merged.inputs().size()).append(" report folder(s) at ")
                .append(esc(generated.toString())).append("</p>\n</header>\n");
        problems(h, merged.problems());
        long slowest = merged.labs().stream().mapToLong(l -> phaseMillis(l.report())).max().orElse(0);
        h.append("<table class=\"labs\">\n<thead><tr><th>Lab</th><th>Verdict</th><th>Runtime</th><th>Phases</th>")
                .append("<th>Failed checks</th><th>Failure bundle</th></tr></thead>\n<tbody>\n");
        for (Lab lab : merged.labs()) {
            row(h, lab, slowest);
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void problems(StringBuilder h, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        h.append("<section class=\"problems\">\n<h2>Input problems (").append(problems.size())
                .append(")</h2>\n<p>These parts of the input were not merged; the labs below are all that could be read.</p>\n<ul>\n");
        for (Problem p : problems) {
            h.append("<li><code>").append(esc(p.input().toString())).append("</code>: ").append(esc(p.what())).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void row(StringBuilder h, Lab lab, long slowest) {
        Report r = lab.report();
        String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
        h.append("<tr class=\"lab ").append(verdict).append("\" id=\"lab-").append(esc(lab.id().replace('/', '-'))).append("\">\n");
        h.append("<td data-label=\"Lab\"><span class=\"lab-folder\">").append(esc(lab.folder())).append("</span>")
                .append("<span class=\"lab-name\">").append(esc(r.lab())).append("</span></td>\n");
        h.append("<td data-label=\"Verdict\"><span class=\"verdict ").append(verdict).append("\">").append(r.verdict().name())
                .append("</span> <span class=\"lab-name\">").append(seconds(r.total())).append(" total</span></td>\n");
        h.append("<td data-label=\"Runtime\">").append(r.runtime().isEmpty() ? "<span class=\"none\">none</span>" : esc(r.runtime()))
                .append("</td>\n");
        h.append("<td data-label=\"Phases\">");
        phases(h, r.phases(), slowest);
        h.append("</td>\n<td data-label=\"Failed checks\">");
        failures(h, r);
        h.append("</td>\n<td data-label=\"Failure bundle\">");
        if (lab.bundleLink() == null) {
            h.append("<span class=\"none\">none</span>");
        } else {
            h.append("<a class=\"bundle\" href=\"").append(esc(lab.bundleLink())).append("\">").append(esc(lab.bundleLink())).append("</a>");
        }
        h.append("</td>\n</tr>\n");
    }

    private static void phases(StringBuilder h, List<PhaseOutcome> phases, long slowest) {
        if (phases.isEmpty()) {
            h.append("<span class=\"none\">none ran</span>");
            return;
        }
        StringBuilder label = new StringBuilder();
        StringBuilder bar = new StringBuilder();
        StringBuilder list = new StringBuilder();
        for (PhaseOutcome p : phases) {
            String status = p.status().label();
            String text = p.name() + " " + status + " " + seconds(p.took());
            label.append(label.length() == 0 ? "" : ", ").append(text);
            double width = slowest == 0 ? 0 : 100.0 * p.took().toMillis() / slowest;
            bar.append("<span class=\"seg ").append(status).append("\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.2f", width)).append("%\" title=\"").append(esc(text)).append("\"></span>");
            list.append("<li class=\"").append(status).append("\">").append(esc(p.name())).append(' ').append(seconds(p.took()))
                    .append(p.status() == PhaseOutcome.Status.OK ? "" : " " + status).append("</li>");
        }
        h.append("<div class=\"bar\" role=\"img\" aria-label=\"").append(esc(label.toString())).append("\">").append(bar).append("</div>")
                .append("<ul class=\"phases\">").append(list).append("</ul>");
    }

    private static void failures(StringBuilder h, Report r) {
        List<PhaseOutcome> failedPhases = r.phases().stream().filter(p -> p.status() == PhaseOutcome.Status.FAILED).toList();
        List<CheckOutcome> failedChecks = r.checks().stream().filter(CheckOutcome::failed).toList();
        if (failedPhases.isEmpty() && failedChecks.isEmpty()) {
            h.append("<span class=\"none\">none</span>");
            return;
        }
        h.append("<ul class=\"checks\">");
        for (PhaseOutcome p : failedPhases) {
            h.append("<li class=\"check phase-failure\"><div class=\"check-name\">phase ").append(esc(p.name())).append(" failed</div>")
                    .append("<dl><dt>detail</dt><dd><pre>").append(esc(p.detail())).append("</pre></dd></dl></li>");
        }
        for (CheckOutcome c : failedChecks) {
            h.append("<li class=\"check\"><div class=\"check-name\">").append(esc(c.name())).append("</div><dl>")
                    .append("<dt>expected</dt><dd><pre class=\"expected\">").append(esc(c.expected())).append("</pre></dd>")
                    .append("<dt>observed</dt><dd><pre class=\"observed\">").append(esc(c.observed())).append("</pre></dd>")
                    .append("<dt>waited</dt><dd>").append(seconds(c.waited())).append("</dd></dl></li>");
        }
        h.append("</ul>");
    }

    private static long phaseMillis(Report r) {
        return r.phases().stream().mapToLong(p -> p.took().toMillis()).sum();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }

    /** HTML text and attribute escaping; control characters from daemon output become '?'. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(cp < 0x20 && cp != '\n' && cp != '\t' ? '?' : cp);
            }
        });
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
