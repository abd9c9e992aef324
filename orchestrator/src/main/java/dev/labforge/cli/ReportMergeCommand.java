package dev.labforge.cli;

import dev.labforge.report.merge.MergedReport;
import dev.labforge.report.merge.MergedReportWriter;
import dev.labforge.report.merge.ReportMerger;
import dev.labforge.report.merge.ShardFolderReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge",
        description = {"Joins report folders of `lab test --report-dir` (one per shard) into <out>: junit.xml with"
                + " every testcase of every shard, report.json, and report.html, one self-contained page (no network"
                + " needed, readable on a phone) with a row per lab: verdict, runtime, phase durations, failed checks"
                + " in full and a link to the failure bundle. Bundles are copied into <out>/bundles/<runtime>/<lab>/,"
                + " so <out> works on its own.",
            "A missing, partial or unreadable input folder is named in a warning and in report.html; the rest is"
                + " still merged (exit 0). Exit 2 when no input holds a readable lab report."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab report merge reports/shard-1 reports/shard-2 -o reports/merged",
            "  ./lab report merge artifacts/netns-* artifacts/clab-* -o merged"
        })
final class ReportMergeCommand implements Callable<Integer> {

    @ParentCommand
    ReportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<dir>", description = "Report folders, as `lab test --report-dir` writes them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "<out>", required = true,
            description = "Folder for junit.xml, report.json, report.html and bundles/ (created when missing).")
    Path out;

    @Override
    public Integer call() {
        LabPaths.folderOption(spec, "-o", out);
        MergedReport merged = ReportMerger.merge(inputs.stream().map(ShardFolderReader::read).toList());
        Style style = parent.root.style();
        for (MergedReport.Problem p : merged.problems()) {
            parent.root.err().println(style.yellow("warning: ") + p);
        }
        if (merged.labs().isEmpty()) {
            throw new CliException(ExitCodes.INVALID, "nothing to merge: none of " + inputs + " holds a readable <lab>/report.json;"
                    + " give the folders that `lab test --report-dir` wrote");
        }
        MergedReportWriter.write(merged, out, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        parent.root.out().println("merged " + merged.labs().size() + " lab(s) from " + inputs.size() + " folder(s)"
                + (merged.problems().isEmpty() ? "" : " (" + merged.problems().size() + " problem(s), see the warnings)")
                + " into " + out + ": junit.xml, report.json, report.html");
        return ExitCodes.OK;
    }
}
