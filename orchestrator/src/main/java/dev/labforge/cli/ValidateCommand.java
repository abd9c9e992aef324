package dev.labforge.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate",
        description = "Check a lab spec: every error at once, each with file:line:column, the path in the spec and a "
                + "hint. Also checks what the rendered files will need (addresses, selectors, Calico fields).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab validate labs/10-calico-bgp-ippool",
            "  ./lab validate labs/10-calico-bgp-ippool/lab.yaml"
        })
final class ValidateCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Override
    public Integer call() {
        Path file = LabPaths.labFile(existingLab(lab));
        List<String> warnings = service().validate(lab);
        for (String w : warnings) {
            err().println(style().yellow(w));
        }
        out().println(style().green("ok: ") + file + " is valid"
                + (warnings.isEmpty() ? "" : " (" + ExceptionMapper.count(warnings.size(), "warning") + ")"));
        return ExitCodes.OK;
    }
}
