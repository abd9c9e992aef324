package dev.labforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render",
        description = "Validate and write the rendered lab: containerlab topology, kind config, Calico resources, the"
                + " ToR's startup config, workloads and labforge/plan.yaml. Deploys nothing; the folder works "
                + "with plain `containerlab deploy -t topology.clab.yaml`.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab render labs/10-calico-bgp-ippool               into <lab>/out/",
            "  ./lab render labs/10-calico-bgp-ippool -o /tmp/lab10"
        })
final class RenderCommand extends LabCommand {

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Option(names = {"-o", "--output"}, paramLabel = "<dir>",
            description = "Where to write (default: <lab>/out/). A folder labforge did not write must be empty.")
    Path outDir;

    @Override
    public Integer call() {
        existingLab(lab);
        LabPaths.folderOption(spec, "-o", outDir);
        Path written = service().render(lab, outDir);
        List<Path> files = listFiles(written);
        out().println(style().green("rendered ") + ExceptionMapper.count(files.size(), "file") + " to " + written);
        for (Path f : files) {
            out().println("  " + f);
        }
        return ExitCodes.OK;
    }

    /** Relative paths of the files under dir, sorted, for the listing. */
    static List<Path> listFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
