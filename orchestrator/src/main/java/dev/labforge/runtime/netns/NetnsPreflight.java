package dev.labforge.runtime.netns;

import dev.labforge.driver.RenderedTor;
import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.RenderedLab;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The netns runtime's prerequisites: root, iproute2, BIRD, ping, sysctl and kill (procps: a minimal Debian has
 * neither), and FRR when the lab's ToR emulation runs it;
 * for `lab doctor` (as root) also which encapsulations the kernel can create.
 */
final class NetnsPreflight {
    static final String FRR_DIR = "/usr/lib/frr";
    static final String INSTALL_FIX = "apt-get install -y frr bird iproute2 iputils-ping procps";
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final String FRR = "frr";
    /** The Debian/Ubuntu package of each program the runtime runs. */
    private static final java.util.Map<String, String> PACKAGE_OF = java.util.Map.of(
            "vtysh", FRR, "bird", "bird", "birdc", "bird", "ping", "iputils-ping", "sysctl", "procps", "kill", "procps");

    private NetnsPreflight() {
    }

    /** With {@code lab} null (`lab doctor`): everything any lab may need. */
    static List<PreflightCheck> run(CommandRunner runner, RenderedLab lab) {
        List<PreflightCheck> out = new ArrayList<>();
        CommandResult id = runner.run(Command.of("id", "-u").withTimeout(SHORT));
        boolean root = id.ok() && id.stdout().strip().equals("0");
        out.add(root
                ? PreflightCheck.pass("running as root", "uid 0")
                : PreflightCheck.fail("running as root", "network namespaces and routing daemons need root (uid is "
                        + (id.ok() ? id.stdout().strip() : "unknown") + ")", "run as root, e.g. sudo lab up ..."));
        out.add(toolCheck(runner, "ip (iproute2)", List.of("ip", "-V"), "iproute2"));
        boolean frr = lab == null || runsFrr(lab);
        if (frr) {
            for (String daemon : List.of("zebra", "bgpd")) {
                Path p = Path.of(FRR_DIR, daemon);
                out.add(Files.isExecutable(p) ? PreflightCheck.pass("FRR " + daemon, p.toString())
                        : PreflightCheck.missing("FRR " + daemon, p + " is missing", List.of(FRR)));
            }
        }
        for (String tool : frr ? List.of("vtysh", "bird", "birdc", "ping", "sysctl", "kill") : List.of("bird", "birdc", "ping", "sysctl", "kill")) {
            Optional<Path> p = onPath(tool);
            out.add(p.isPresent() ? PreflightCheck.pass(tool, p.get().toString())
                    : PreflightCheck.missing(tool, tool + " is not on PATH", List.of(PACKAGE_OF.get(tool))));
        }
        if (lab == null && root && out.get(1).ok()) {
            out.add(KernelEncapsulations.check(runner)); // creating devices needs root and ip
        }
        return out;
    }

    /**
     * Whether the lab's ToR is emulated with FRR (a lab without a ToR needs none); an unreadable folder is
     * reported by deploy, so assume it is.
     */
    private static boolean runsFrr(RenderedLab lab) {
        try {
            return lab.dir() == null || dev.labforge.rendered.RenderedPlan.read(lab.dir()).tor().isPresent()
                    && RenderedTor.read(lab.dir()).driver().netns().runsFrr();
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    private static PreflightCheck toolCheck(CommandRunner runner, String what, List<String> argv, String pkg) {
        CommandResult r = runner.run(Command.of(argv).withTimeout(SHORT));
        return r.ok() ? PreflightCheck.pass(what, r.stdout().strip())
                : PreflightCheck.missing(what, "`" + String.join(" ", argv) + "` failed: " + r.tail(1), List.of(pkg));
    }

    private static Optional<Path> onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return Optional.of(Path.of(dir, tool));
            }
        }
        return Optional.empty();
    }
}
