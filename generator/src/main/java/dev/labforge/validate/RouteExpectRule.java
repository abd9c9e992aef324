package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.RouteExpectSpec;
import java.util.List;

/**
 * {@code expect.route} entries: on the ToR or a node, a prefix, and what the route must be: next hops
 * ({@code via}, kind via) or one of the other kinds, never both; a device and onlink only with next hops.
 */
final class RouteExpectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<RouteExpectSpec> entries = ctx.spec().expect().entries(RouteExpectSpec.KEY, RouteExpectSpec.class);
        for (int i = 0; i < entries.size(); i++) {
            RouteExpectSpec e = entries.get(i);
            String p = CheckTargets.entryPath(RouteExpectSpec.KEY, i);
            CheckTargets.torOrNode(ctx, out, p + ".on", e.on());
            CidrRule.prefix(ctx, out, p + ".prefix", e.prefix());
            List<String> via = e.via() == null ? List.of() : e.via();
            for (int j = 0; j < via.size(); j++) {
                CidrRule.address(ctx, out, p + ".via[" + j + "]", via.get(j));
            }
            String kind = e.kind() != null ? e.kind() : via.isEmpty() ? null : "via";
            if (kind == null) {
                out.error("E-ROUTE-KIND", p, ctx.at(p), "the entry does not say what the route to " + e.prefix() + " must be",
                        "give the next hops (via: [10.10.10.1]) or kind: connected, blackhole or none-within");
            } else if (kind.equals("via") && via.isEmpty()) {
                String kp = p + ".kind";
                out.error("E-ROUTE-KIND", kp, ctx.at(kp), "kind via needs the next hops", "add via: [<address>, ...]");
            } else if (!kind.equals("via") && !via.isEmpty()) {
                String vp = p + ".via";
                out.error("E-ROUTE-KIND", vp, ctx.at(vp), "a " + kind + " route has no next hops", "drop via, or kind: via");
            }
            if (kind != null && !kind.equals("via") && (e.dev() != null || e.onlink() != null)) {
                String dp = p + (e.dev() != null ? ".dev" : ".onlink");
                out.error("E-ROUTE-KIND", dp, ctx.at(dp), "a " + kind + " route names no device and is not onlink",
                        "dev and onlink go with next hops (via: [...]); drop them");
            }
            if (e.dev() != null && !CheckTargets.INTERFACE.matcher(e.dev()).matches()) {
                String dp = p + ".dev";
                out.error("E-CHECK-FIELD", dp, ctx.at(dp), "'" + e.dev() + "' is not an interface name",
                        "write the device as ip route prints it, e.g. eth1 or vxlan.calico");
            }
        }
    }
}
