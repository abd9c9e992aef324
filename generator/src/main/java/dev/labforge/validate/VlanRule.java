package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.VlanSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** VLAN ids in 1..4094 and unique; gateways usable inside their subnet; VLAN subnets disjoint. */
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
            String p = ValidationContext.vlanPath(v);
            if (v.id() == null || v.id() < 1 || v.id() > 4094) {
                out.error("E-VLAN-ID", p, ctx.at(p), "VLAN id " + v.id() + " is out of range",
                        "VLAN ids are 1..4094 (802.1Q; 0 and 4095 are reserved)");
            } else if (seen.putIfAbsent(v.id(), v) != null) {
                out.error("E-DUPLICATE-NAME", p, ctx.at(p), "VLAN id " + v.id() + " is defined twice",
                        "VLAN ids must be unique");
            }
            Cidr subnet = ValidationContext.cidr(v.subnet());
            if (subnet == null) {
                continue;
            }
            if (subnet.prefixLength() > 30) {
                out.error("E-SUBNET-SIZE", p + ".subnet", ctx.at(p + ".subnet"),
                        "VLAN subnet " + subnet + " has no room for a gateway and nodes",
                        "use a /30 or larger subnet, e.g. " + new Cidr(subnet.networkAddress(), 24).network());
                continue;
            }
            Long gw = v.gateway() == null ? null : ValidationContext.ip(v.gateway());
            if (gw != null) {
                String gp = p + ".gateway";
                if (!subnet.contains(gw)) {
                    out.error("E-GATEWAY", gp, ctx.at(gp), "gateway " + v.gateway() + " is outside VLAN subnet " + subnet,
                            "use an address in " + subnet + ", usually the first host " + subnet.host(1));
                } else if (gw == subnet.networkAddress() || gw == subnet.broadcastAddress()) {
                    out.error("E-GATEWAY", gp, ctx.at(gp), "gateway " + v.gateway() + " is the "
                                    + (gw == subnet.networkAddress() ? "network" : "broadcast") + " address of " + subnet,
                            "use a host address between " + subnet.host(1) + " and " + Ipv4.format(subnet.broadcastAddress() - 1));
                }
            }
            for (int j = 0; j < i; j++) {
                Cidr other = ValidationContext.cidr(vlans.get(j).subnet());
                if (other != null && other.overlaps(subnet)) {
                    out.error("E-OVERLAP", p + ".subnet", ctx.at(p + ".subnet"),
                            "VLAN subnet " + subnet + " overlaps VLAN " + vlans.get(j).id() + "'s subnet " + other,
                            "give every VLAN its own subnet");
                }
            }
        }
    }
}
