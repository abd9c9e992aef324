package dev.labforge.driver;

import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.netns.config.ExecLineRouter;
import dev.labforge.runtime.netns.config.RouterSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ToR that routes with the kernel only, in its namespace: VLAN bridges, SVIs and static routes from the
 * node's exec lines ({@link ExecLineRouter}), forwarding on, no routing daemon. Routing-daemon CLIs are
 * refused in `lab exec` with what to use instead.
 */
final class KernelEmulation implements NetnsEmulation {
    private static final Set<String> DAEMON_CLIS = Set.of("vtysh", "Cli", "birdc", "birdcl");

    private final String platform;
    private final TorShow show;

    KernelEmulation(String platform) {
        this.platform = platform;
        this.show = new KernelShow(platform, (address, count) -> List.of("ping", "-n", "-c", Integer.toString(count), "-W", "1",
                "-i", "0.05", address));
    }

    @Override
    public RouterSetup setup(RenderedTor tor) {
        ExecLineRouter.Parsed parsed = ExecLineRouter.parse(tor.exec(), "ToR " + tor.name());
        return new RouterSetup(parsed.vlans(), null, parsed.routes(), parsed.warnings(), parsed.loopbacks());
    }

    @Override
    public boolean runsFrr() {
        return false;
    }

    @Override
    public TorShow show() {
        return show;
    }

    @Override
    public List<String> inNamespace(String ns, List<String> argv) {
        if (argv.isEmpty()) {
            throw new ExecUsageException("no command given");
        }
        if (DAEMON_CLIS.contains(argv.get(0))) {
            throw new ExecUsageException("a ToR of platform " + platform + " runs no routing daemon, so there is no "
                    + argv.get(0) + "; use ip, ping or sh (e.g. -- ip route, -- ip -br addr)");
        }
        return Commands.inNamespace(ns, argv);
    }

    @Override
    public Map<String, List<String>> diagnostics() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("ip-addr.txt", List.of("ip", "-4", "addr", "show"));
        out.put("ip-route.txt", List.of("ip", "route", "show"));
        return out;
    }
}
