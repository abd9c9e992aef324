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

    /**
     * For down: a lab folder may have lost its lab.yaml, as long as `lab up` left its state there (what
     * down works from); otherwise as {@link #existingLab}.
     */
    static Path existingLabOrState(CommandSpec spec, Path lab) {
        if (Files.isDirectory(lab) && !Files.isRegularFile(lab.resolve(LAB_FILE))
                && Files.isRegularFile(dev.labforge.workflow.LabStateStore.file(lab))) {
            return lab;
        }
        return existingLab(spec, lab);
    }

    /**
     * A folder option (--report-dir, -o) that will be written later: checked now, so that a file in
     * its way is a usage error (exit 2) before anything is deployed, not an I/O error afterwards.
     * Null (option not given) passes.
     */
    static Path folderOption(CommandSpec spec, String option, Path dir) {
        if (dir == null) {
            return null;
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new ParameterException(spec.commandLine(), option + " " + dir + ": "
                            + (p.equals(dir.toAbsolutePath().normalize()) ? "it is a file, not a folder"
                            : p + " is a file, not a folder") + "; give a folder (it is created when missing)");
                }
                return dir;
            }
        }
        return dir;
    }

    /** The lab.yaml of an existing lab argument. */
    static Path labFile(Path lab) {
        return Files.isDirectory(lab) ? lab.resolve(LAB_FILE) : lab;
    }
}
