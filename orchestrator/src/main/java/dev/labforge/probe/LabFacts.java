package dev.labforge.probe;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.Check;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.net.Cidr;
import dev.labforge.rendered.RenderedPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What evaluators need to know about the lab beyond one check, read from the rendered plan: the ToR's
 * name, which node an address or an IPAM block belongs to, which addresses are the ToR's (the gateways
 * nodes peer with; a node's session to another node's address is a mesh session), and which node a ping
 * endpoint runs on. Pure.
 */
public final class LabFacts {
    /** Null in a lab without a ToR: none of its checks is the ToR's or peers with it. */
    private final String tor;
    private final Map<String, String> nodeByAddress = new HashMap<>();
    private final Set<String> torAddresses = new HashSet<>();
    private final Map<String, String> ownerByBlock = new HashMap<>();
    /** Route checks (via, blackhole) by the table they look at. */
    private final Map<String, List<RouteCheck>> routesByTable = new HashMap<>();
    /** Prefixes some node routes onlink: Felix's routes (VXLAN pools), which no BGP daemon keeps. */
    private final Set<String> felixRouted = new HashSet<>();

    public LabFacts(String tor, List<? extends Check> checks, List<RenderedPlan.Block> blocks) {
        this.tor = tor;
        Set<String> nodes = new HashSet<>();
        for (RenderedPlan.Block b : blocks) {
            ownerByBlock.put(b.cidr(), b.node());
            nodes.add(b.node()); // every node has a block (the validator rejects one no pool selects)
        }
        for (Check c : checks) {
            if (c instanceof RouteCheck r && (r.kind() == RouteCheck.Kind.VIA || r.kind() == RouteCheck.Kind.BLACKHOLE)) {
                routesByTable.computeIfAbsent(r.on(), k -> new ArrayList<>()).add(r);
                if (r.onlink() && r.side() == Side.NODE) {
                    felixRouted.add(r.prefix());
                }
            }
            if (c instanceof BgpSessionCheck b) {
                if (b.side() == Side.TOR || nodes.contains(b.peerName())) {
                    nodeByAddress.put(b.peer(), b.peerName()); // the ToR's peer, or a node's mesh peer
                } else {
                    torAddresses.add(b.peer());
                }
            }
        }
    }

    public static LabFacts of(RenderedPlan plan) {
        return new LabFacts(plan.tor().map(RenderedPlan.Tor::name).orElse(null), plan.checks(), plan.blocks());
    }

    public String tor() {
        return tor;
    }

    /** Whether Felix routes this block between nodes (some node's checked route to it is onlink): no BIRD keeps it. */
    public boolean felixRouted(String prefix) {
        return felixRouted.contains(prefix);
    }

    /** The address of this node, when a BGP check of the ToR (or a mesh session) names it. */
    public Optional<String> addressOf(String node) {
        return nodeByAddress.entrySet().stream().filter(e -> e.getValue().equals(node)).map(Map.Entry::getKey).findFirst();
    }

    /** The node with this address, when a BGP check of the ToR (or a mesh session) names it. */
    public Optional<String> nodeAt(String address) {
        return Optional.ofNullable(nodeByAddress.get(address));
    }

    /** An address nodes peer with on the ToR (a VLAN gateway). */
    public boolean isTorAddress(String address) {
        return torAddresses.contains(address);
    }

    /** The node whose IPAM block this prefix is. */
    public Optional<String> ownerOf(String block) {
        return Optional.ofNullable(ownerByBlock.get(block));
    }

    /** Whether any via or blackhole route of this table is checked. */
    public boolean hasCheckedRoutes(String on) {
        return routesByTable.containsKey(on);
    }

    /**
     * The checked route that {@code on} (the ToR or a node name) uses for {@code address}: the most
     * specific via or blackhole route check of that table whose prefix holds the address.
     */
    public Optional<RouteCheck> checkedRoute(String on, String address) {
        RouteCheck best = null;
        int bestLength = -1;
        for (RouteCheck r : routesByTable.getOrDefault(on, List.of())) {
            try {
                Cidr prefix = Cidr.parse(r.prefix());
                if (prefix.prefixLength() > bestLength && prefix.contains(address)) {
                    best = r;
                    bestLength = prefix.prefixLength();
                }
            } catch (IllegalArgumentException e) {
                // Not an IPv4 prefix: no packet to an IPv4 address takes it.
            }
        }
        return Optional.ofNullable(best);
    }

    /** The daemon whose host a ping endpoint is: the ToR, a node, or the node of a pod {@code <workload>@<node>}. */
    public Daemon hostOf(String endpoint) {
        return endpoint.equals(tor) ? Daemon.tor(tor) : Daemon.node(hostName(endpoint));
    }

    /** The ToR's or node's name a ping endpoint runs on. */
    public String hostName(String endpoint) {
        int at = endpoint.indexOf('@');
        return at < 0 ? endpoint : endpoint.substring(at + 1);
    }
}
