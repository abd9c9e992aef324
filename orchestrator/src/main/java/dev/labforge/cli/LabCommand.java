package dev.labforge.cli;

import dev.labforge.workflow.LabService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root (backend, streams, flags) and its own spec for usage errors. */
abstract class LabCommand implements Callable<Integer> {

    @ParentCommand
    LabCli root;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return root.out();
    }

    PrintWriter err() {
        return root.err();
    }

    Style style() {
        return root.style();
    }

    LabService service() {
        return root.backend().service(root.console());
    }

    Path existingLab(Path lab) {
        return LabPaths.existingLab(spec, lab);
    }
}
