package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.platform.TorPlatform;
import dev.labforge.spec.LinkExpectSpec;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code expect.link} entries: on the ToR or a node, and an interface it has: a ToR port by the name its platform
 * gives it (Ethernet2 on cEOS, eth2 on frr and linux: port n goes to the n-th node), or any interface name on a
 * node (eth1 is its link to the ToR).
 */
final class LinkExpectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<LinkExpectSpec> entries = ctx.spec().expect().entries(LinkExpectSpec.KEY, LinkExpectSpec.class);
        for (int i = 0; i < entries.size(); i++) {
            LinkExpectSpec e = entries.get(i);
            String p = CheckTargets.entryPath(LinkExpectSpec.KEY, i);
            if (!CheckTargets.torOrNode(ctx, out, p + ".on", e.on()) || e.iface() == null) {
                continue;
            }
            String ip = p + ".interface";
            TorPlatform platform = ctx.torPlatform();
            if (!CheckTargets.INTERFACE.matcher(e.iface()).matches()) {
                out.error("E-CHECK-FIELD", ip, ctx.at(ip), "'" + e.iface() + "' is not an interface name",
                        "write it as the router or node shows it, e.g. eth1 on a node");
            } else if (CheckTargets.isTor(ctx, e.on()) && platform != null && !ports(platform, ctx).contains(e.iface())) {
                List<String> ports = ports(platform, ctx);
                out.error("E-CHECK-FIELD", ip, ctx.at(ip), "'" + e.iface() + "' is not a port of " + e.on(),
                        ports.isEmpty() ? "the ToR has no ports: add nodes under cluster.nodes"
                                : "its ports are " + ports.get(0) + " to " + ports.get(ports.size() - 1)
                                + " (port n goes to the n-th node of cluster.nodes)");
            }
        }
    }

    private static List<String> ports(TorPlatform platform, ValidationContext ctx) {
        return IntStream.rangeClosed(1, ctx.nodes().size()).mapToObj(platform::interfaceName).collect(Collectors.toList());
    }
}
