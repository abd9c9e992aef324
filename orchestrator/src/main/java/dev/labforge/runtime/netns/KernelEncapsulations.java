package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.runtime.PreflightCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of Calico's encapsulations this kernel can create, found by creating each device in a throwaway
 * namespace (never in the host's) and deleting the namespace again, whatever happened. The netns runtime
 * emulates VXLAN; IP-in-IP and WireGuard are refused whether the kernel has them or not (IPIP needs BIRD's
 * Calico fork), so only a missing VXLAN fails the check.
 */
final class KernelEncapsulations {
    static final String DESCRIPTION = "encapsulations this kernel supports";
    private static final Duration SHORT = Duration.ofSeconds(10);
    /** Device type, then the arguments Calico's device of that type would need (VNI and port for VXLAN). */
    static final Map<String, List<String>> TYPES = types();

    private KernelEncapsulations() {
    }

    private static Map<String, List<String>> types() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("vxlan", List.of("id", "4096", "dstport", "4789", "nolearning"));
        m.put("ipip", List.of());
        m.put("wireguard", List.of());
        return m;
    }

    /** The probe namespace: the process id keeps two doctors apart; it lives only while probing. */
    static String namespace() {
        return "labforge-probe-" + ProcessHandle.current().pid();
    }

    /** Type to null when the kernel created it, or the reason it could not ("Error: Unknown device type."). */
    static Map<String, String> probe(CommandRunner runner) {
        String ns = namespace();
        Map<String, String> out = new LinkedHashMap<>();
        CommandResult add = runner.run(Command.of("ip", "netns", "add", ns).withTimeout(SHORT));
        if (!add.ok()) {
            TYPES.keySet().forEach(t -> out.put(t, "cannot create a probe namespace: " + add.tail(1)));
            return out;
        }
        try {
            int n = 0;
            for (Map.Entry<String, List<String>> t : TYPES.entrySet()) {
                List<String> argv = new ArrayList<>(List.of("ip", "-n", ns, "link", "add", "lfprobe" + n++, "type", t.getKey()));
                argv.addAll(t.getValue());
                CommandResult r = runner.run(Command.of(argv).withTimeout(SHORT));
                out.put(t.getKey(), r.ok() ? null : r.tail(1).strip());
            }
        } finally {
            runner.run(Command.of("ip", "netns", "del", ns).withTimeout(SHORT));
        }
        return out;
    }

    /** One check for `lab doctor`: which types exist; failed only when VXLAN does not. */
    static PreflightCheck check(CommandRunner runner) {
        Map<String, String> found = probe(runner);
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        found.forEach((type, why) -> (why == null ? yes : no).add(type));
        String detail = (yes.isEmpty() ? "none" : String.join(", ", yes))
                + (no.isEmpty() ? "" : "; not " + String.join(", ", no) + " (" + found.get(no.get(0)) + ")")
                + "; netns emulates VXLAN only, IPIP and WireGuard labs need --runtime clab";
        return found.get("vxlan") == null ? PreflightCheck.pass(DESCRIPTION, detail)
                : PreflightCheck.fail(DESCRIPTION, detail, "modprobe vxlan (or a kernel built with CONFIG_VXLAN)");
    }
}
