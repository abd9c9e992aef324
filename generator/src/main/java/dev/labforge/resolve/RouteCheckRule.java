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
 * a pool that does not export (or inside any pool, when the ToR runs no BGP). The nodes: see
 * {@link #nodeRoutes}, {@link #meshRoutes} and {@link #felixRoutes}.
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

    /**
     * {@code expect.route}: kind via when only {@code via} is written; a none-within entry keeps the reason it
     * replaces; a via entry without dev or onlink keeps those of the derived route it replaces.
     */
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
            Check replaced = derived.get(new RouteCheck(e.on(), side, prefix, kind, via, reason, false).key());
            RouteCheck viaWas = replaced instanceof RouteCheck r && r.kind() == Kind.VIA && kind == Kind.VIA ? r : null;
            String dev = e.dev() != null ? e.dev() : viaWas != null && e.onlink() == null ? viaWas.dev() : "";
            boolean onlink = e.onlink() != null ? e.onlink() : viaWas != null && e.dev() == null && viaWas.onlink();
            out.add(new RouteCheck(e.on(), side, prefix, kind, via, dev, onlink, reason, false));
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
        boolean bgp = t.runsBgp();
        for (Pool p : lab.calico().pools()) {
            if (!bgp || !p.bgpExport()) {
                out.add(new RouteCheck(tor, Side.TOR, p.cidr(), Kind.NONE_WITHIN, List.of(),
                        bgp ? "pool " + p.name() + " not exported" : tor + " runs no BGP", true));
            }
        }
    }

    /**
     * With a route-reflector ToR (next-hop-self) every other peering node's exported block arrives via
     * the node's gateway, and the node's own blocks are blackholes (BIRD's). With eBGP nodes never learn
     * each other's blocks through the ToR (AS-path loop); between nodes of one subnet the mesh may route
     * them directly ({@link #meshRoutes}). Blocks of VXLAN pools never come from BGP (BIRD keeps them out of
     * the kernel): Felix routes them, see {@link #felixRoutes}.
     */
    private static void nodeRoutes(Lab lab, Map<Node, List<String>> peering, List<Check> out) {
        if (lab.tor().map(Tor::routeReflector).orElse(false)) {
            for (Node n : peering.keySet()) {
                for (Node other : peering.keySet()) {
                    if (!other.name().equals(n.name())) {
                        for (IpamBlock b : PeeringFacts.exportedBlocks(lab, other)) {
                            if (!OverlayFacts.felixRouted(PeeringFacts.pool(lab, b.pool()))) {
                                out.add(RouteCheck.via(n.name(), Side.NODE, b.cidr(), List.of(n.gateway())));
                            }
                        }
                    }
                }
                for (IpamBlock b : n.blocks()) {
                    out.add(RouteCheck.of(n.name(), Side.NODE, b.cidr(), Kind.BLACKHOLE));
                }
            }
        } else {
            meshRoutes(lab, out);
        }
        felixRoutes(lab, out);
    }

    /**
     * Between nodes of one subnet (every node, on the flat network of a lab without a ToR) BIRD installs the
     * blocks it learns over the node-to-node mesh for pools without encapsulation: via the other node.
     */
    private static void meshRoutes(Lab lab, List<Check> out) {
        for (Node n : lab.cluster().nodes()) {
            for (Node other : lab.cluster().nodes()) {
                if (other.name().equals(n.name()) || !other.subnet().equals(n.subnet())) {
                    continue;
                }
                for (IpamBlock b : other.blocks()) {
                    Pool pool = PeeringFacts.pool(lab, b.pool());
                    if (pool != null && PeeringFacts.meshRouted(lab, pool)) {
                        out.add(RouteCheck.via(n.name(), Side.NODE, b.cidr(), List.of(other.ip())));
                    }
                }
            }
        }
    }

    /**
     * The routes Felix programs for VXLAN pools, without BGP: on each node, every other node's block via
     * that node's address on its uplink (CrossSubnet, same subnet) or via its VTEP on vxlan.calico, onlink;
     * the node's own block a blackhole.
     */
    private static void felixRoutes(Lab lab, List<Check> out) {
        String uplink = OverlayFacts.uplink(lab);
        for (Node n : lab.cluster().nodes()) {
            for (Node other : lab.cluster().nodes()) {
                if (other.name().equals(n.name())) {
                    continue;
                }
                for (IpamBlock b : other.blocks()) {
                    Pool pool = PeeringFacts.pool(lab, b.pool());
                    if (!OverlayFacts.felixRouted(pool)) {
                        continue;
                    }
                    if (OverlayFacts.direct(pool, n, other)) {
                        out.add(RouteCheck.onlink(n.name(), Side.NODE, b.cidr(), other.ip(), uplink));
                    } else {
                        OverlayFacts.vtep(lab, other).ifPresent(vtep ->
                                out.add(RouteCheck.onlink(n.name(), Side.NODE, b.cidr(), vtep, Defaults.VXLAN_DEVICE)));
                    }
                }
            }
            for (IpamBlock b : n.blocks()) {
                if (OverlayFacts.felixRouted(PeeringFacts.pool(lab, b.pool()))) {
                    out.add(RouteCheck.of(n.name(), Side.NODE, b.cidr(), Kind.BLACKHOLE));
                }
            }
        }
    }
}
