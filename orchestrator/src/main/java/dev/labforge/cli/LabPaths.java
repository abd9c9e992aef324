package dev.labforge.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** `<lab>` arguments: a lab folder or its lab.yaml. */
final class LabPaths {
    static final String LAB_FILE = "lab.yaml";

    private LabPaths() {
    }

    /** The argument as given, after checking that it names a lab; a usage error (exit 2) otherwise. */
    static Path existingLab(CommandSpec spec, Path lab) {
        if (Files.isDirectory(lab)) {
            if (!Files.isRegularFile(lab.resolve(LAB_FILE))) {
                throw new ParameterException(spec.commandLine(), "no " + LAB_FILE + " in " + lab
                        + ": <lab> is a lab folder (e.g. labs/10-calico-bgp-ippool) or its lab.yaml; "
                        + "`lab new " + lab + "` creates one");
            }
            return lab;
        }
        if (Files.isRegularFile(lab)) {
            return lab;
        }
        throw new ParameterException(spec.commandLine(), "no such lab: " + lab
                + " (expected a lab folder such as labs/10-calico-bgp-ippool, or its lab.yaml)");
    }

    /** The lab.yaml of an existing lab argument. */
    static Path labFile(Path lab) {
        return Files.isDirectory(lab) ? lab.resolve(LAB_FILE) : lab;
    }
}
