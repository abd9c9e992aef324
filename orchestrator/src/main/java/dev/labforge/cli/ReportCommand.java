package dev.labforge.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report",
        description = "Work with the report folders `lab test --report-dir` writes. `lab report merge` joins the"
                + " folders of several shards (CI matrix jobs) into one JUnit file, one report.json and one report.html.",
        subcommands = ReportMergeCommand.class,
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab report merge reports/shard-1 reports/shard-2 -o reports/merged"
        })
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    LabCli root;

    @Spec
    CommandSpec spec;

    /** `lab report` alone: a usage error that names the subcommand. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: lab report merge <dir>... -o <out>");
    }
}
