package dev.labforge.report.merge;

import dev.labforge.report.ReportWriter;
import dev.labforge.report.Verdict;
import dev.labforge.report.merge.MergedReport.Lab;
import dev.labforge.report.merge.MergedReport.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the merged folder: junit.xml (every testcase of every shard), report.json (each lab's report
 * with where it came from), report.html, and bundles/&lt;runtime&gt;/&lt;lab&gt;/ with a copy of each failed
 * lab's failure bundle, so the folder can be uploaded or opened on its own and its links work.
 */
public final class MergedReportWriter {
    static final String BUNDLES = "bundles";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MergedReportWriter() {
    }

    public static void write(MergedReport merged, Path out, Instant generated) {
        try {
            Files.createDirectories(out);
            deleteTree(out.resolve(BUNDLES)); // bundles of an earlier merge into the same folder would mislead
            for (Lab lab : merged.labs()) {
                if (lab.bundle() != null) {
                    copyTree(lab.bundle(), out.resolve(lab.bundleLink()));
                }
            }
            ReportWriter.writeJunit(ReportMerger.junitReports(merged), out.resolve("junit.xml"));
            Files.writeString(out.resolve("report.json"), toJson(merged), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("report.html"), ReportHtml.render(merged, generated), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the merged report into " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code summary{labs,passed,failed,skipped}, labs[{folder, input, bundle, report{...as report.json}}],
     * problems[{input, problem}]}.
     */
    static String toJson(MergedReport merged) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode summary = root.putObject("summary");
        summary.put("labs", merged.labs().size());
        summary.put("passed", merged.count(Verdict.PASSED));
        summary.put("failed", merged.count(Verdict.FAILED));
        summary.put("skipped", merged.count(Verdict.SKIPPED));
        ArrayNode labs = root.putArray("labs");
        for (Lab lab : merged.labs()) {
            ObjectNode n = labs.addObject();
            n.put("folder", lab.folder());
            n.put("input", lab.input().toString());
            n.put("bundle", lab.bundleLink());
            n.set("report", MAPPER.readTree(ReportWriter.toJson(lab.report())));
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : merged.problems()) {
            problems.addObject().put("input", p.input().toString()).put("problem", p.what());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
