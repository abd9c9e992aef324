package dev.labforge.guide.content;

import dev.labforge.check.AddressCheck;
import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.MtuCheck;
import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.rendered.RenderedPlan.PlannedPod;
import java.util.List;

/**
 * Everything a guide is generated from except the captured outputs: the resolved model, the rendered
 * plan (blocks, pods, checks) and files of the running lab, how the student types commands on the
 * runtime, the ToR's show commands, and the lab path the commands show.
 */
public record GuideContext(Lab model, RenderedPlan plan, RenderedFolder files, StudentView view, TorCommands tor,
        String labPath) {

    public enum Kind { ROUTER, NODE, POD }

    /** Whether the lab has a top-of-rack router; without one its nodes sit on one flat network (kind's). */
    public boolean hasTor() {
        return model.tor().isPresent();
    }

    /** The ToR; only for the parts of a guide that exist because the lab has one ({@link #hasTor}). */
    public dev.labforge.model.Tor torModel() {
        return model.tor().orElseThrow(() -> new IllegalStateException("lab " + model.name() + " has no ToR"));
    }

    /** The ToR's name, or null in a lab without one (so that comparing a member's name with it is false). */
    public String torName() {
        return model.tor().map(dev.labforge.model.Tor::name).orElse(null);
    }

    /** The flat network of a lab without a ToR. */
    public dev.labforge.model.FlatNetwork network() {
        return model.network().orElseThrow(() -> new IllegalStateException("lab " + model.name() + " has a ToR, no flat network"));
    }

    /** The interface a node reaches the others by: eth1 to the ToR's VLAN, eth0 on the flat network. */
    public String nodeInterface() {
        return hasTor() ? "eth1" : "eth0";
    }

    /** The ToR's platform id as plan.yaml names it. */
    public String torPlatform() {
        return plan.tor().map(RenderedPlan.Tor::platform).orElseGet(() -> torModel().platform().id());
    }

    /** What an exec target is, or null when the lab has no such member. */
    public Kind kindOf(String target) {
        if (hasTor() && target.equals(torName())) {
            return Kind.ROUTER;
        }
        if (model.node(target) != null) {
            return Kind.NODE;
        }
        return plan.pod(target) != null ? Kind.POD : null;
    }

    /** Every name an exec region may target: the router, the nodes, the pods. */
    public List<String> targets() {
        List<String> out = new java.util.ArrayList<>();
        if (hasTor()) {
            out.add(torName());
        }
        model.cluster().nodes().forEach(n -> out.add(n.name()));
        plan.pods().forEach(p -> out.add(p.endpoint()));
        return out;
    }

    public Node node(String name) {
        return model.node(name);
    }

    public PlannedPod pod(String endpoint) {
        return plan.pod(endpoint);
    }

    /** The address of a ping endpoint: a pod's, a node's eth1, or the ToR's router id; null when unknown. */
    public String addressOf(String endpoint) {
        PlannedPod pod = pod(endpoint);
        if (pod != null) {
            return pod.ip();
        }
        Node n = node(endpoint);
        if (n != null) {
            return n.ip();
        }
        return endpoint.equals(torName()) ? torModel().routerId() : null;
    }

    /**
     * The address {@code endpoint} uses towards {@code peer}: for the router, its SVI in the VLAN of the peer's
     * node (the source address Linux picks for the interface it sends on); otherwise {@link #addressOf(String)}.
     */
    public String addressOf(String endpoint, String peer) {
        if (endpoint.equals(torName())) {
            PlannedPod pod = pod(peer);
            Node n = node(pod != null ? pod.node() : peer);
            if (n != null) {
                return n.gateway();
            }
        }
        return addressOf(endpoint);
    }

    /** The node a block belongs to in the plan, or null. */
    public String blockOwner(String cidr) {
        return plan.blocks().stream().filter(b -> b.cidr().equals(cidr)).map(RenderedPlan.Block::node).findFirst().orElse(null);
    }

    /** The node with this eth1 address, or null. */
    public Node nodeWithIp(String ip) {
        return model.cluster().nodes().stream().filter(n -> n.ip().equals(ip)).findFirst().orElse(null);
    }

    public boolean isTorAddress(String ip) {
        return hasTor() && (torModel().vlans().stream().anyMatch(v -> v.gateway().equals(ip)) || ip.equals(torModel().routerId()));
    }

    public <C extends Check> List<C> checks(Class<C> type) {
        return plan.checks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<BgpSessionCheck> torSessions() {
        return checks(BgpSessionCheck.class).stream().filter(c -> c.side() == Side.TOR).toList();
    }

    public List<BgpSessionCheck> nodeSessions() {
        return checks(BgpSessionCheck.class).stream().filter(c -> c.side() == Side.NODE).toList();
    }

    public List<RouteCheck> routesOn(String member) {
        return checks(RouteCheck.class).stream().filter(c -> c.on().equals(member)).toList();
    }

    /**
     * The pings a guide walks through: IPv4 between the lab's endpoints. The guide's path tracing and TTL
     * arithmetic are IPv4's; IPv6 pings and pings to a bare address (a ToR loopback) stay in `lab verify`.
     */
    public List<PingCheck> pings() {
        return checks(PingCheck.class).stream().filter(p -> !p.v6() && kindOf(p.from()) != null && kindOf(p.to()) != null).toList();
    }

    /** Calico's VXLAN device on the nodes. */
    public static final String VXLAN_DEVICE = "vxlan.calico";

    /** The routes of a node that leave through Calico's VXLAN device. */
    public List<RouteCheck> overlayRoutesOn(String node) {
        return routesOn(node).stream().filter(r -> r.kind() == RouteCheck.Kind.VIA && r.dev().equals(VXLAN_DEVICE)).toList();
    }

    /** Some node routes a block through VXLAN. */
    public boolean hasOverlay() {
        return model.cluster().nodes().stream().anyMatch(n -> !overlayRoutesOn(n.name()).isEmpty());
    }

    /** A node's VTEP: the first address of the block its vxlan.calico address must lie in (the plan's address check). */
    public String vtepOf(String node) {
        return checks(AddressCheck.class).stream().filter(a -> a.on().equals(node) && a.iface().equals(VXLAN_DEVICE))
                .map(a -> dev.labforge.net.Cidr.parse(a.within()).host(0)).findFirst().orElse(null);
    }

    /** The node whose VTEP (or block) holds this address, or null. */
    public String blockHolding(String ip) {
        return plan.blocks().stream().filter(b -> dev.labforge.net.Cidr.parse(b.cidr()).contains(ip))
                .map(RenderedPlan.Block::node).findFirst().orElse(null);
    }

    public List<MtuCheck> mtus() {
        return checks(MtuCheck.class);
    }

    /**
     * Whether the guide explains the lab's MTUs: when they shape what the student sees (an overlay, whose device and
     * pods run below the link MTU, or a ping of a chosen size or with don't-fragment). Every lab checks MTUs; in the
     * others they are a detail the guide leaves to `lab verify`.
     */
    public boolean showsMtus() {
        return !mtus().isEmpty() && (hasOverlay() || pings().stream().anyMatch(p -> p.size() != null || p.dontFragment()));
    }

    /** The BGP-related parts of the guide apply: the ToR runs BGP and some session is expected on it. */
    public boolean hasBgp() {
        return hasTor() && tor.runsBgp() && !torSessions().isEmpty();
    }
}
