package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.AddressExpectSpec;
import dev.labforge.spec.MtuExpectSpec;
import java.util.List;

/**
 * {@code expect.mtu} and {@code expect.address} entries: on the ToR, a node or a pod ({@code <workload>@<node>}),
 * an interface name, and an MTU in 68..65535 or a prefix the address must lie in.
 */
final class InterfaceExpectRule implements Rule {
    static final int MIN_MTU = 68;
    static final int MAX_MTU = 65535;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<MtuExpectSpec> mtus = ctx.spec().expect().entries(MtuExpectSpec.KEY, MtuExpectSpec.class);
        for (int i = 0; i < mtus.size(); i++) {
            MtuExpectSpec e = mtus.get(i);
            String p = CheckTargets.entryPath(MtuExpectSpec.KEY, i);
            target(ctx, out, p, e.on(), e.iface());
            if (e.mtu() != null && (e.mtu() < MIN_MTU || e.mtu() > MAX_MTU)) {
                out.error("E-MTU", p + ".mtu", ctx.at(p + ".mtu"), "MTU " + e.mtu() + " is out of range",
                        "an interface MTU is " + MIN_MTU + ".." + MAX_MTU);
            }
        }
        List<AddressExpectSpec> addresses = ctx.spec().expect().entries(AddressExpectSpec.KEY, AddressExpectSpec.class);
        for (int i = 0; i < addresses.size(); i++) {
            AddressExpectSpec e = addresses.get(i);
            String p = CheckTargets.entryPath(AddressExpectSpec.KEY, i);
            target(ctx, out, p, e.on(), e.iface());
            CidrRule.prefix(ctx, out, p + ".within", e.within());
        }
    }

    private static void target(ValidationContext ctx, Diagnostics out, String p, String on, String iface) {
        if (on != null && on.contains("@")) {
            CheckTargets.endpoint(ctx, out, p + ".on", on);
        } else {
            CheckTargets.torOrNode(ctx, out, p + ".on", on);
        }
        if (iface != null && !CheckTargets.INTERFACE.matcher(iface).matches()) {
            String ip = p + ".interface";
            out.error("E-CHECK-FIELD", ip, ctx.at(ip), "'" + iface + "' is not an interface name",
                    "write the name as the target shows it, e.g. eth1, vxlan.calico, eth0 (a pod), Vlan10 or Ethernet1 (cEOS)");
        }
    }
}
