package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.CommunityCheck;
import dev.labforge.check.MtuCheck;
import dev.labforge.check.Side;
import dev.labforge.check.PingCheck;
import dev.labforge.guide.doc.GuideMarkers;
import dev.labforge.guide.doc.GuideMeta;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of a new guide for a lab: headings and the author's connecting sentences (plain text the
 * author may rewrite), and the generated regions in the order a student walks through the lab. Sections
 * a lab does not have (BGP on a linux ToR, a route table without blocks) are left out. Region bodies are
 * empty here; {@link GuideRenderer} fills them.
 */
public final class GuideOutline {
    private final GuideContext ctx;
    private final StringBuilder md = new StringBuilder();
    /** The number of the current top-level section. */
    private int section;

    private GuideOutline(GuideContext ctx) {
        this.ctx = ctx;
    }

    public static String markdown(GuideContext ctx) {
        return new GuideOutline(ctx).build();
    }

    private String build() {
        md.append(new GuideMeta(ctx.labPath(), ctx.view().runtime()).marker()).append("\n\n");
        region(RegionId.of("title"));
        heading("## Set up the lab");
        region(RegionId.of("setup"));
        heading(section("The topology"));
        region(RegionId.of("topology"));
        region(RegionId.of("diagram", "topology"));
        heading(section("IP pools and IPAM blocks"));
        heading(sub(1, "The IP pools in the Installation"));
        region(RegionId.of("ippools"));
        heading(sub(2, "The IPAM blocks of each node"));
        region(RegionId.of("blocks"));
        kubectl("get", "blockaffinities");
        if (!ctx.model().calico().reservations().isEmpty()) {
            heading(sub(3, "IP reservations"));
            region(RegionId.of("reservations"));
        }
        if (!ctx.hasTor()) {
            mesh();
        } else {
            torSections();
        }
        Node node = chosenNode();
        nodeSection(node);
        overlay(node);
        mtus(node);
        connectivity();
        heading("## Summary");
        region(RegionId.of("summary"));
        return md.toString();
    }

    /** A lab without a ToR: the BGPConfiguration if one is rendered, the node-to-node mesh if the lab runs BGP. */
    private void mesh() {
        boolean bgpConfiguration = ctx.files().read(dev.labforge.rendered.RenderedPaths.BGP_CONFIGURATION) != null;
        boolean mesh = !MeshRegion.meshSessions(ctx).isEmpty();
        if (!bgpConfiguration && !mesh) {
            return;
        }
        heading(section("BGP between the nodes"));
        if (bgpConfiguration) {
            region(RegionId.of("bgpconfiguration"));
        } else {
            text("The lab renders no BGPConfiguration: Calico's defaults apply, AS " + ctx.model().calico().asn()
                    + " and the node-to-node mesh.");
        }
        if (mesh) {
            region(RegionId.of("mesh"));
        }
    }

    private void torSections() {
        heading(section("BGP configuration"));
        heading(sub(1, "The BGPConfiguration"));
        region(RegionId.of("bgpconfiguration"));
        if (!ctx.model().calico().peers().isEmpty()) {
            heading(sub(2, "The BGPPeers"));
            text("One BGPPeer resource per peering rule; its node selector decides which nodes open a session to it.");
            for (Peer p : ctx.model().calico().peers()) {
                region(RegionId.of("bgppeer", p.name()));
            }
        }
        if (ctx.hasBgp()) {
            region(RegionId.of("diagram", "bgp"));
            heading(sub(3, "The ToR's BGP configuration"));
            region(RegionId.of("tor-config"));
            exec(ctx.torName(), ctx.tor().runningBgpConfig(), ctx.view().runtime().equals("netns")
                    ? "On the netns runtime the router is FRR configured from that file; what it runs, as FRR shows it:"
                    : "What the router runs, as it shows it:");
            torBgp();
        }
        torRoutes();
    }

    private void torBgp() {
        heading(section("BGP on the ToR"));
        heading(sub(1, "The sessions"));
        exec(ctx.torName(), ctx.tor().bgpSummary(), null);
        region(RegionId.of("peers"));
    }

    private void torRoutes() {
        heading(ctx.hasBgp() ? sub(2, "The ToR's routing table") : section("The ToR's routing table"));
        exec(ctx.torName(), ctx.tor().routes(), null);
        region(RegionId.of("tor-routes"));
        if (ctx.hasBgp() && TorRoutesRegion.viaRoutes(ctx).stream().anyMatch(r -> ctx.blockOwner(r.prefix()) != null)) {
            region(RegionId.of("diagram", "routes"));
        }
        communityExample().ifPresent(prefix -> {
            heading(sub(3, "The community on an exported block"));
            exec(ctx.torName(), ctx.tor().bgpPrefix(prefix), "The ToR's BGP table entry of the block " + prefix + ":");
            region(RegionId.of("communities"));
        });
    }

    /**
     * A block the lab's community checks expect a community on, if any: the block of the first ping's source node
     * when there is one (the block the guide's ping leaves from), else the first.
     */
    private Optional<String> communityExample() {
        if (!ctx.hasBgp()) {
            return Optional.empty();
        }
        List<CommunityCheck> checks = new ArrayList<>(ctx.checks(CommunityCheck.class));
        ctx.pings().stream().map(p -> ctx.pod(p.from())).filter(java.util.Objects::nonNull).findFirst().ifPresent(pod ->
                checks.sort(Comparator.comparing(c -> !pod.node().equals(c.node()))));
        return checks.stream().map(CommunityCheck::prefix).findFirst();
    }

    private void nodeSection(Node n) {
        if (n == null) {
            return;
        }
        heading(section("Routes on a node"));
        text("Now the other end: the node " + n.name() + ".");
        if (ctx.nodeSessions().stream().anyMatch(s -> s.on().equals(n.name()))) {
            boolean several = ctx.nodeSessions().stream().filter(s -> s.on().equals(n.name())).count() > 1;
            ctx.view().nodeBgpStatus().ifPresent(argv -> exec(n.name(), argv, several ? "Its BGP sessions, as its BIRD reports them:"
                    : "Its BGP session, as its BIRD reports it:"));
        }
        boolean bgp = NodeRoutesRegion.learnsFromTor(ctx, n);
        exec(n.name(), bgp ? List.of("ip", "route", "show", "proto", "bird") : List.of("ip", "route"),
                bgp ? "The routes BIRD installed in its kernel:" : "Its kernel routing table:");
        region(RegionId.of("node-routes", n.name()));
    }

    /**
     * The first node with a BGP session to the ToR; else (no BGP to a ToR, e.g. only the mesh) the node the first ping leaves from, when it has route
     * checks (its routes are the ones that ping follows); else the first node with route checks.
     */
    private Node chosenNode() {
        for (BgpSessionCheck s : ctx.nodeSessions()) {
            if (s.established() && ctx.hasTor() && s.peerName().equals(ctx.torName())) {
                return ctx.node(s.on());
            }
        }
        Optional<Node> pingSource = ctx.pings().stream().map(p -> ctx.pod(p.from())).filter(java.util.Objects::nonNull)
                .map(p -> ctx.node(p.node())).filter(n -> n != null && !ctx.routesOn(n.name()).isEmpty()).findFirst();
        return pingSource.orElseGet(() -> ctx.model().cluster().nodes().stream().filter(n -> !ctx.routesOn(n.name()).isEmpty())
                .findFirst().orElse(null));
    }

    /** Calico's VXLAN device on the chosen node, with the neighbour and forwarding entries Felix writes for it. */
    private void overlay(Node n) {
        if (n == null || !ctx.hasOverlay() || ctx.vtepOf(n.name()) == null) {
            return;
        }
        heading(section("The VXLAN overlay"));
        text("Routes through `" + GuideContext.VXLAN_DEVICE + "` need three more things on " + n.name()
                + ": the device itself, a neighbour entry per remote VTEP and a forwarding entry that says which node it is at.");
        exec(n.name(), List.of("ip", "-d", "link", "show", GuideContext.VXLAN_DEVICE), "The device:");
        exec(n.name(), List.of("ip", "neigh", "show", "dev", GuideContext.VXLAN_DEVICE), "Its neighbours, one per remote VTEP:");
        exec(n.name(), List.of("bridge", "fdb", "show", "dev", GuideContext.VXLAN_DEVICE),
                "Its forwarding entries: which node each VTEP's MAC address is behind:");
        region(RegionId.of("vxlan", n.name()));
    }

    /** Each MTU the lab checks, shown where the student can see it: the node's interfaces and a pod's eth0. */
    private void mtus(Node n) {
        List<MtuCheck> mtus = ctx.mtus();
        if (!ctx.showsMtus()) {
            return;
        }
        heading(section("MTUs"));
        // Not the ToR's `ip link`: right after deploy its ports' carrier flags can lag (the kernel reports carrier
        // changes up to a second late), which a check would see as drift; the mtu region names its MTUs.
        if (n != null) {
            for (MtuCheck m : mtus) {
                // vxlan.calico is shown in the overlay section already
                if (m.on().equals(n.name()) && !(ctx.hasOverlay() && m.iface().equals(GuideContext.VXLAN_DEVICE))) {
                    exec(n.name(), List.of("ip", "link", "show", "dev", m.iface()), "On " + n.name() + ":");
                }
            }
        }
        mtus.stream().filter(m -> m.side() == Side.POD).findFirst().ifPresent(m ->
                exec(m.on(), List.of("ip", "link", "show", "dev", m.iface()), "Inside the pod " + m.on() + ":"));
        region(RegionId.of("mtu"));
    }

    private void connectivity() {
        List<PingCheck> pings = ctx.pings();
        if (pings.isEmpty()) {
            return;
        }
        heading(section("Connectivity"));
        heading(sub(1, "Pod addresses"));
        // Kubernetes lists pods where it runs; elsewhere `lab status` is the equivalent.
        if (ctx.view().kubectl(ctx, List.of()).isPresent()) {
            kubectl("get", "pods", "-o", "wide");
        } else {
            region(RegionId.of("pods"));
        }
        if (!ctx.checks(dev.labforge.check.PodAddressCheck.class).isEmpty()) {
            region(RegionId.of("pod-addresses"));
        }
        Set<String> pods = new LinkedHashSet<>();
        pings.forEach(p -> List.of(p.to(), p.from()).forEach(e -> {
            if (ctx.pod(e) != null) {
                pods.add(e);
            }
        }));
        for (String pod : pods) {
            exec(pod, List.of("ip", "-br", "-4", "addr", "show", "dev", "eth0"), "The address inside " + pod + ":");
        }
        int sub = 2;
        boolean diagram = false;
        for (PingCheck p : pings) {
            heading(sub(sub++, "Ping " + p.to() + " from " + p.from() + PingRegion.packetText(p)));
            exec(p.from(), PingRegion.argv(ctx, p), null);
            region(RegionId.of("ping", PingRegion.regionArgs(p).toArray(String[]::new)));
            if (!diagram && p.reachable()) {
                region(RegionId.of("diagram", List.of(List.of("ping"), PingRegion.regionArgs(p)).stream().flatMap(List::stream)
                        .toArray(String[]::new)));
                diagram = true;
            }
        }
    }

    private void kubectl(String... args) {
        ctx.view().kubectl(ctx, List.of(args)).ifPresent(e -> exec(e.target(), e.argv(), null));
    }

    private void exec(String target, List<String> argv, String lead) {
        if (argv.isEmpty()) {
            return;
        }
        if (lead != null) {
            text(lead);
        }
        region(RegionId.exec(target, new ArrayList<>(argv)));
    }

    private String section(String title) {
        return "## " + ++section + ". " + title;
    }

    private String sub(int n, String title) {
        return "### " + section + "." + n + " " + title;
    }

    private void heading(String h) {
        md.append(h).append("\n\n");
    }

    private void text(String t) {
        md.append(t).append("\n\n");
    }

    private void region(RegionId id) {
        md.append(GuideMarkers.begin(id)).append('\n').append(GuideMarkers.end(id)).append("\n\n");
    }
}
