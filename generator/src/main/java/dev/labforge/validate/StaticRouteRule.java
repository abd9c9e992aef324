package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.RouteSpec;
import dev.labforge.spec.VlanSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ToR's loopbacks and static routes, and the nodes' static routes. Loopback addresses are unique
 * and clear of the VLAN, pool, pod and service subnets; a static route's next hop is directly reachable
 * (on one of the ToR's VLAN subnets; on the node's own VLAN subnet), in a family the router has.
 */
final class StaticRouteRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.tor() != null) {
            loopbacks(ctx, out);
            torRoutes(ctx, out);
        }
        if (ctx.cluster() != null) {
            List<NodeSpec> nodes = ctx.nodes();
            List<RouteSpec> common = SpecValues.nonNull(ctx.cluster().routes());
            for (int r = 0; r < common.size(); r++) {
                for (int i = 0; i < nodes.size(); i++) {
                    if (!nodeRoute(ctx, out, "cluster.routes[" + r + "]", common.get(r), nodes.get(i), i)) {
                        break; // one error per route of all nodes is enough
                    }
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                List<RouteSpec> own = SpecValues.nonNull(nodes.get(i).routes());
                for (int r = 0; r < own.size(); r++) {
                    nodeRoute(ctx, out, SpecPaths.nodePath(i) + ".routes[" + r + "]", own.get(r), nodes.get(i), i);
                }
            }
        }
    }

    private static void loopbacks(ValidationContext ctx, Diagnostics out) {
        List<String> loopbacks = SpecValues.nonNull(ctx.tor().loopbacks());
        Map<Ip, Integer> seen = new HashMap<>();
        for (int i = 0; i < loopbacks.size(); i++) {
            String p = "tor.loopbacks[" + i + "]";
            Cidr lo = interfaceCidr(loopbacks.get(i));
            if (lo == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(lo.ip(), i);
            if (first != null) {
                out.error("E-DUPLICATE-IP", p, ctx.at(p), "loopback address " + lo.ip() + " is listed twice (also tor.loopbacks["
                        + first + "])", "list each loopback address once");
                continue;
            }
            FamilyFacts f = ctx.facts(lo.family());
            String clash = null;
            for (VlanSpec v : ctx.vlans()) {
                Cidr subnet = f.subnet(v);
                if (subnet != null && subnet.overlaps(lo.network())) {
                    clash = "VLAN " + v.id() + "'s subnet " + subnet;
                }
            }
            for (PoolSpec pool : f.pools()) {
                Cidr c = SpecValues.cidr(pool.cidr(), lo.family());
                if (clash == null && c != null && c.overlaps(lo.network())) {
                    clash = "pool " + pool.name() + " (" + c + ")";
                }
            }
            if (clash == null && f.inCluster() && f.serviceSubnet() != null && f.serviceSubnet().overlaps(lo.network())) {
                clash = "the service subnet " + f.serviceSubnet();
            }
            if (clash != null) {
                out.error("E-OVERLAP", p, ctx.at(p), "loopback " + lo + " overlaps " + clash,
                        "a loopback is an address of its own outside the lab's subnets, e.g. "
                                + (lo.isIpv6() ? "2001:db8::1/128" : "1.1.1.1/32"));
            }
        }
    }

    private static void torRoutes(ValidationContext ctx, Diagnostics out) {
        List<RouteSpec> routes = SpecValues.nonNull(ctx.tor().routes());
        for (int i = 0; i < routes.size(); i++) {
            RouteSpec r = routes.get(i);
            String p = "tor.routes[" + i + "]";
            Ip via = r.via() == null ? null : parse(r.via());
            if (via == null || !sameFamily(r, via)) {
                continue; // syntax and family: CidrRule
            }
            FamilyFacts f = ctx.facts(via.family());
            boolean onLink = ctx.vlans().stream().map(f::subnet).anyMatch(s -> s != null && s.contains(via));
            boolean own = ctx.vlans().stream().anyMatch(v -> via.equals(f.gateway(v)));
            if (!onLink || own) {
                out.error("E-ROUTE", p + ".via", ctx.at(p + ".via"), "next hop " + via + " of the ToR's route to " + r.prefix()
                                + (own ? " is the ToR's own gateway address" : " is on none of the ToR's VLAN " + f.field("subnet") + "s"),
                        "use the address of a node (or another host) on one of its VLANs, e.g. a node's " + f.field("ip"));
            }
        }
    }

    /** False when the route cannot work on any node (reported once). */
    private static boolean nodeRoute(ValidationContext ctx, Diagnostics out, String p, RouteSpec r, NodeSpec node, int index) {
        Cidr prefix = r.prefix() == null ? null : SpecValues.cidr(r.prefix());
        if (prefix == null || r.via() != null && (parse(r.via()) == null || !sameFamily(r, parse(r.via())))) {
            return false; // syntax and family: CidrRule
        }
        FamilyFacts f = ctx.facts(prefix.family());
        if (!f.inCluster()) {
            out.error("E-FAMILY", p + ".prefix", ctx.at(p + ".prefix"), "nodes have no " + f.family().label()
                            + " address for the route to " + prefix + ": the cluster's ipFamily is " + ctx.ipFamily(),
                    "set cluster.ipFamily: dual, or route an " + f.family().other().label() + " prefix");
            return false;
        }
        VlanSpec vlan = ctx.vlan(node.vlan());
        Cidr subnet = vlan == null ? null : f.subnet(vlan);
        if (r.via() == null || subnet == null) {
            return true; // via the gateway; a VLAN without subnet6 is the family rule's error
        }
        Ip via = parse(r.via());
        if (!subnet.contains(via)) {
            String vp = p + ".via";
            out.error("E-ROUTE", vp, ctx.at(vp), "next hop " + via + " of the route to " + prefix + " is not on node " + node.name()
                            + "'s VLAN " + vlan.id() + " (" + subnet + ")",
                    "a node reaches only its own VLAN directly; leave via out to route through the VLAN's gateway");
            return false;
        }
        return true;
    }

    private static boolean sameFamily(RouteSpec r, Ip via) {
        Cidr prefix = SpecValues.cidr(r.prefix());
        return prefix != null && prefix.family() == via.family();
    }

    private static Ip parse(String text) {
        try {
            return Ip.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Cidr interfaceCidr(String text) {
        try {
            return Cidr.parseInterface(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
