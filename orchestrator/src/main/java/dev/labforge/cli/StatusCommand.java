package dev.labforge.cli;

import dev.labforge.runtime.LabInventory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "status",
        description = "What runs now: the router, nodes and pods with their namespaces or containers, state and "
                + "addresses; then per member whether its daemons run (bgpd and zebra on the router, BIRD on each node), "
                + "each link's state and each BGP session's state. Exit 1 when something is down (a member missing, a "
                + "daemon dead, a link down, a session not established), 3 when nothing runs. -o json for scripts.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./lab status labs/10-calico-bgp-ippool",
            "  ./lab status labs/10-calico-bgp-ippool -o json"
        })
final class StatusCommand extends LabCommand {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "<lab>", description = "A lab folder or its lab.yaml.")
    Path lab;

    @Mixin
    RuntimeOption runtime;

    @Option(names = {"-o", "--output"}, paramLabel = "<format>", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        existingLab(lab);
        LabInventory inventory = service().status(lab, runtime.resolve(spec, root.env()));
        if (format == Format.json) {
            out().println(json(inventory));
        } else {
            printText(inventory, out(), style());
        }
        if (inventory.absent()) {
            err().println(style().red("error: ") + "lab " + inventory.lab() + " is not up (nothing of it is running); start it with ./lab up " + lab);
            return ExitCodes.ENVIRONMENT;
        }
        if (inventory.somethingDown()) {
            List<String> down = new ArrayList<>();
            inventory.members().stream().filter(m -> !"running".equals(m.state()) && !m.state().endsWith(": running"))
                    .forEach(m -> down.add(m.name() + " " + m.state()));
            inventory.health().stream().filter(r -> !r.ok()).forEach(r -> down.add(r.member() + " " + r.what()));
            err().println(style().red("error: ") + "lab " + inventory.lab() + ": " + down.size() + " down: " + String.join(", ", down)
                    + "; ./lab verify " + lab + " says what depends on it, ./lab down " + lab + " && ./lab up " + lab + " starts it afresh");
            return ExitCodes.VERIFICATION_FAILED;
        }
        return ExitCodes.OK;
    }

    static String json(LabInventory inventory) {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(inventory);
    }

    static void printText(LabInventory inv, PrintWriter out, Style style) {
        out.println("lab " + inv.lab() + " (" + inv.runtime() + "): "
                + (inv.running() ? style.green("running") : style.yellow("not running")));
        if (inv.members().isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "KIND", "CONTAINER", "STATE", "ADDRESSES", "DETAIL"});
        for (LabInventory.Member m : inv.members()) {
            rows.add(new String[] {m.name(), m.kind(), m.container(), m.state(),
                String.join(",", m.addresses() == null ? List.of() : m.addresses()),
                m.detail() == null ? "" : m.detail()});
        }
        Table.print(rows, out);
        if (inv.health().isEmpty()) {
            return;
        }
        out.println();
        List<String[]> health = new ArrayList<>();
        health.add(new String[] {"MEMBER", "WHAT", "STATE"});
        for (dev.labforge.probe.LabHealth.Row r : inv.health()) {
            health.add(new String[] {r.member(), r.what(), r.state()});
        }
        Table.print(health, out);
    }
}
