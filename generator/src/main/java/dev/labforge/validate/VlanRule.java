package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.VlanSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VLAN ids in 1..4094 and unique; gateways usable inside their subnet; VLAN subnets disjoint. The same
 * for {@code subnet6}/{@code gateway6}: no IPv6 subnet smaller than a /126, no gateway on its
 * subnet-router anycast address.
 */
final class VlanRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<VlanSpec> vlans = ctx.vlans();
        if (ctx.tor() != null && ctx.tor().vlans() != null && vlans.isEmpty()) {
            out.error("E-REQUIRED", "tor.vlans", ctx.at("tor.vlans"), "the ToR has no VLANs",
                    "define at least one, e.g. vlans: {10: {subnet: 10.10.10.0/24}}");
        }
        Map<Integer, VlanSpec> seen = new HashMap<>();
        for (int i = 0; i < vlans.size(); i++) {
            VlanSpec v = vlans.get(i);
            String p = SpecPaths.vlanPath(v);
            if (v.id() == null || v.id() < 1 || v.id() > 4094) {
                out.error("E-VLAN-ID", p, ctx.at(p), "VLAN id " + v.id() + " is out of range",
                        "VLAN ids are 1..4094 (802.1Q; 0 and 4095 are reserved)");
            } else if (seen.putIfAbsent(v.id(), v) != null) {
                out.error("E-DUPLICATE-NAME", p, ctx.at(p), "VLAN id " + v.id() + " is defined twice",
                        "VLAN ids must be unique");
            }
            for (IpFamily family : IpFamily.values()) {
                subnet(ctx, out, ctx.facts(family), vlans, i);
            }
        }
    }

    private static void subnet(ValidationContext ctx, Diagnostics out, FamilyFacts f, List<VlanSpec> vlans, int i) {
        VlanSpec v = vlans.get(i);
        String p = SpecPaths.vlanPath(v);
        String sp = p + "." + f.field("subnet");
        Cidr subnet = f.subnet(v);
        if (subnet == null) {
            return;
        }
        int smallest = f.family().bits() - 2;
        if (subnet.prefixLength() > smallest) {
            out.error("E-SUBNET-SIZE", sp, ctx.at(sp), "VLAN subnet " + subnet + " has no room for a gateway and nodes",
                    "use a /" + smallest + " or larger subnet, e.g. " + subnet.withPrefixLength(f.v6() ? 64 : 24));
            return;
        }
        Ip gw = f.gatewayText(v) == null ? null : SpecValues.address(f.gatewayText(v), f.family());
        if (gw != null) {
            String gp = p + "." + f.field("gateway");
            String reserved = f.reserved(subnet, gw);
            if (!subnet.contains(gw)) {
                out.error("E-GATEWAY", gp, ctx.at(gp), "gateway " + f.gatewayText(v) + " is outside VLAN subnet " + subnet,
                        "use an address in " + subnet + ", usually the first host " + subnet.host(1));
            } else if (reserved != null) {
                out.error("E-GATEWAY", gp, ctx.at(gp), "gateway " + f.gatewayText(v) + " is the " + reserved + " address of " + subnet,
                        "use a host address between " + f.hostRange(subnet));
            }
        }
        for (int j = 0; j < i; j++) {
            Cidr other = f.subnet(vlans.get(j));
            if (other != null && other.overlaps(subnet)) {
                out.error("E-OVERLAP", sp, ctx.at(sp),
                        "VLAN subnet " + subnet + " overlaps VLAN " + vlans.get(j).id() + "'s subnet " + other,
                        "give every VLAN its own subnet");
            }
        }
    }
}
