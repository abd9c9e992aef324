package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.RouteCheck.Kind;
import dev.labforge.check.Side;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.RouteExpectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Routes in the kernel tables. The ToR (when the lab has one): its VLAN subnets connected, each peering
 * node's exported blocks via that node, the LoadBalancer CIDRs via one of the peering nodes, nothing inside
 * a pool that does not export (or inside any pool, when the ToR runs no BGP). The nodes: see {@link #nodeRoutes}.
 */
final class RouteCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        Map<Node, List<String>> peering = PeeringFacts.peeringNodes(lab);
        List<Check> out = new ArrayList<>();
        lab.tor().ifPresent(tor -> torRoutes(lab, tor, peering, out));
        nodeRoutes(lab, peering, out);
        return out;
    }

    /** {@code expect.route}: kind via when only {@code via} is written; a none-within entry keeps the reason it replaces. */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (RouteExpectSpec e : spec.entries(RouteExpectSpec.KEY, RouteExpectSpec.class)) {
            Side side = lab.tor().map(Tor::name).filter(e.on()::equals).isPresent() ? Side.TOR : Side.NODE;
            Kind kind = e.kind() != null ? Kind.fromId(e.kind()) : Kind.VIA;
            String prefix = Cidr.parse(e.prefix()).toString();
            List<String> via = e.via() == null ? List.of() : e.via();
            String reason = e.reason();
            if (reason == null && kind == Kind.NONE_WITHIN
                    && derived.get(RouteCheck.of(e.on(), side, prefix, kind).key()) instanceof RouteCheck was) {
                reason = was.reason();
            }
            out.add(new RouteCheck(e.on(), side, prefix, kind, via, reason, false));
        }
        return out;
    }

    private static void torRoutes(Lab lab, Tor t, Map<Node, List<String>> peering, List<Check> out) {
        String tor = t.name();
        for (Vlan v : t.vlans()) {
            out.add(RouteCheck.of(tor, Side.TOR, v.subnet(), Kind.CONNECTED));
        }
        for (Node n : peering.keySet()) {
            for (IpamBlock b : PeeringFacts.exportedBlocks(lab, n)) {
                out.add(RouteCheck.via(tor, Side.TOR, b.cidr(), List.of(n.ip())));
            }
        }
        if (!peering.isEmpty()) {
            List<String> nodeIps = peering.keySet().stream().map(Node::ip).toList();
            for (String lb : lab.calico().loadBalancerIPs()) {
                out.add(RouteCheck.via(tor, Side.TOR, lb, nodeIps));
            }
        }
        boolean bgp = t.platform().runsBgp();
        for (Pool p : lab.calico().pools()) {
            if (!bgp || !p.bgpExport()) {
                out.add(new RouteCheck(tor, Side.TOR, p.cidr(), Kind.NONE_WITHIN, List.of(),
                        bgp ? "pool " + p.name() + " not exported" : tor + " runs no BGP", true));
            }
        }
    }

    /**
     * With a route-reflector ToR (next-hop-self) every other peering node's exported block arrives via
     * the node's gateway, and the node's own blocks are blackholes. With eBGP nodes never learn each
     * other's blocks through the ToR (AS-path loop). Between nodes of one subnet (every node, on the flat
     * network of a lab without a ToR) blocks are routed directly via the other node: by Felix for a
     * CrossSubnet VXLAN pool, by BIRD from the node-to-node mesh for a pool without encapsulation.
     */
    private static void nodeRoutes(Lab lab, Map<Node, List<String>> peering, List<Check> out) {
        if (lab.tor().map(Tor::routeReflector).orElse(false)) {
            for (Node n : peering.keySet()) {
                for (Node other : peering.keySet()) {
                    if (!other.name().equals(n.name())) {
                        for (IpamBlock b : PeeringFacts.exportedBlocks(lab, other)) {
                            out.add(RouteCheck.via(n.name(), Side.NODE, b.cidr(), List.of(n.gateway())));
                        }
                    }
                }
                for (IpamBlock b : n.blocks()) {
                    out.add(RouteCheck.of(n.name(), Side.NODE, b.cidr(), Kind.BLACKHOLE));
                }
            }
            return;
        }
        for (Node n : lab.cluster().nodes()) {
            for (Node other : lab.cluster().nodes()) {
                if (other.name().equals(n.name()) || !other.subnet().equals(n.subnet())) {
                    continue;
                }
                for (IpamBlock b : other.blocks()) {
                    Pool pool = PeeringFacts.pool(lab, b.pool());
                    if (pool != null && PeeringFacts.directOnSubnet(lab, pool)) {
                        out.add(RouteCheck.via(n.name(), Side.NODE, b.cidr(), List.of(other.ip())));
                    }
                }
            }
        }
    }
}
