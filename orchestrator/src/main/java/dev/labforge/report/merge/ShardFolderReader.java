package dev.labforge.report.merge;

import dev.labforge.report.Report;
import dev.labforge.report.ReportReader;
import dev.labforge.report.merge.MergedReport.Lab;
import dev.labforge.report.merge.MergedReport.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads one shard's report folder as `lab test --report-dir` writes it: junit.xml at the top and one
 * folder per lab with report.json (and failure-bundle/ when the lab failed). Whatever is missing or
 * unreadable becomes a {@link Problem}; the labs that could be read are kept.
 */
public final class ShardFolderReader {
    static final String REPORT = "report.json";
    static final String JUNIT = "junit.xml";
    static final String BUNDLE = "failure-bundle";

    private ShardFolderReader() {
    }

    /** What one input folder holds. */
    public record ShardFolder(Path dir, List<Lab> labs, List<Problem> problems) {
    }

    public static ShardFolder read(Path dir) {
        List<Lab> labs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, Files.exists(dir) ? "is a file, not a report folder"
                    : "does not exist (did the shard's job upload its report folder?)"));
            return new ShardFolder(dir, labs, problems);
        }
        for (Path labDir : subfolders(dir, problems)) {
            Path report = labDir.resolve(REPORT);
            String name = labDir.getFileName().toString();
            if (!Files.isRegularFile(report)) {
                problems.add(new Problem(dir, name + "/ has no " + REPORT + " (the lab's run did not finish writing its report)"));
                continue;
            }
            try {
                Report parsed = ReportReader.fromJson(Files.readString(report));
                Path bundle = labDir.resolve(BUNDLE);
                labs.add(new Lab(name, dir, parsed, Files.isDirectory(bundle) ? bundle : null));
            } catch (IllegalArgumentException | MalformedInputException e) {
                problems.add(new Problem(dir, name + "/" + REPORT + " is not readable: " + e.getMessage()));
            } catch (IOException e) {
                problems.add(new Problem(dir, "cannot read " + name + "/" + REPORT + ": " + e.getMessage()));
            }
        }
        if (labs.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(dir, "holds no lab report folders (expected <lab>/" + REPORT + " as lab test --report-dir writes)"));
        } else if (!Files.isRegularFile(dir.resolve(JUNIT))) {
            problems.add(new Problem(dir, "has no " + JUNIT + ": the shard did not finish (the labs that wrote " + REPORT
                    + " are merged)"));
        }
        return new ShardFolder(dir, labs, problems);
    }

    private static List<Path> subfolders(Path dir, List<Problem> problems) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, "cannot list: " + e.getMessage()));
            return List.of();
        } catch (UncheckedIOException e) {
            problems.add(new Problem(dir, "cannot list: " + e.getCause().getMessage()));
            return List.of();
        }
    }
}
