package dev.labforge.cli;

import dev.labforge.guide.GuideCheck;
import dev.labforge.workflow.GuideWorkflow;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "guide",
        description = {"Write the student guide of a lab from the lab itself: its topology, resources, diagrams and the"
                + " real output of every command, captured from the running lab (or, with --run, from one brought up"
                + " and taken down for it). Commands are shown as the student types them on the runtime.",
            "",
            "Generated parts sit between markers, <!-- lab:guide:begin ID --> ... <!-- lab:guide:end ID -->; everything"
                + " else is yours. --update regenerates only the marked regions and keeps your text byte for byte."
                + " --check re-runs each region's command and exits 1 with a diff per region that no longer matches"
                + " (uptimes, counters, timestamps, ping times, MAC addresses, interface indexes and veth names do not"
                + " count). Delete a region you do not want; add one for any command, e.g.",
            "  <!-- lab:guide:begin exec ceos01 -- vtysh -c \"show ip bgp\" -->",
            "  <!-- lab:guide:end exec ceos01 -- vtysh -c \"show ip bgp\" -->",
            "and run --update to fill it. Region ids:"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab guide labs/10-calico-bgp-ippool --run        up, write <lab>/GUIDE.md, down",
            "  ./lab guide labs/10-calico-bgp-ippool -o /tmp/g.md  from the running lab",
            "  ./lab guide --update labs/10-calico-bgp-ippool/GUIDE.md",
            "  ./lab guide --check labs/10-calico-bgp-ippool/GUIDE.md --run"
        })
final class GuideCommand extends LabCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<lab>",
            description = "A lab folder or its lab.yaml. With --update/--check it defaults to the guide's folder.")
    Path lab;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Where to write a new guide (default: the spec's guide path, else <lab>/GUIDE.md).")
    Path output;

    @Option(names = "--update", paramLabel = "<file>", description = "Regenerate the regions of this guide; keep the rest.")
    Path update;

    @Option(names = "--check", paramLabel = "<file>", description = "Compare every region of this guide with the lab now.")
    Path check;

    @Option(names = "--run", description = "Bring the lab up first and take it down after.")
    boolean run;

    @Option(names = "--force", description = "Replace an existing guide file (a new guide, your text is lost).")
    boolean force;

    @Mixin
    RuntimeOption runtime;

    @Override
    public Integer call() {
        if (update != null && check != null) {
            throw new ParameterException(spec.commandLine(), "--update and --check are separate runs; give one");
        }
        Path file = update != null ? update : check;
        if (file != null && output != null) {
            throw new ParameterException(spec.commandLine(), "-o writes a new guide; --update and --check work on the file they name");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such guide file: " + file);
        }
        if (file == null && lab == null) {
            throw new ParameterException(spec.commandLine(), "which lab? e.g. lab guide labs/10-calico-bgp-ippool --run");
        }
        if (lab != null) {
            existingLab(lab);
        }
        GuideWorkflow guides = new GuideWorkflow(service(), root.backend()::model, root.console(), Path.of(""));
        String rt = runtime.resolve(spec, root.env());
        if (update != null) {
            guides.update(update, lab, rt, run);
            return ExitCodes.OK;
        }
        if (check != null) {
            return report(guides.check(check, lab, rt, run));
        }
        guides.write(lab, output, rt, run, force);
        return ExitCodes.OK;
    }

    private int report(GuideCheck.Result result) {
        for (GuideCheck.Drift d : result.drifts()) {
            out().println(style().red("drift: ") + d.where() + " region `" + d.region().id() + "`");
            out().print(d.diff());
            out().println();
        }
        if (result.ok()) {
            out().println(check + ": all " + result.regions() + " regions match the lab");
            return ExitCodes.OK;
        }
        out().println(check + ": " + result.drifts().size() + " of " + result.regions() + " regions drifted");
        return ExitCodes.VERIFICATION_FAILED;
    }

}
