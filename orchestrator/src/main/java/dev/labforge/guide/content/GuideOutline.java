package dev.labforge.guide.content;

import dev.labforge.check.BgpSessionCheck;
import dev.labforge.check.CommunityCheck;
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
        heading("## 1. The topology");
        region(RegionId.of("topology"));
        region(RegionId.of("diagram", "topology"));
        heading("## 2. IP pools and IPAM blocks");
        heading("### 2.1 The IP pools in the Installation");
        region(RegionId.of("ippools"));
        heading("### 2.2 The IPAM blocks of each node");
        region(RegionId.of("blocks"));
        kubectl("get", "blockaffinities");
        heading("## 3. BGP configuration");
        heading("### 3.1 The BGPConfiguration");
        region(RegionId.of("bgpconfiguration"));
        if (!ctx.model().calico().peers().isEmpty()) {
            heading("### 3.2 The BGPPeers");
            text("One BGPPeer resource per peering rule; its node selector decides which nodes open a session to it.");
            for (Peer p : ctx.model().calico().peers()) {
                region(RegionId.of("bgppeer", p.name()));
            }
        }
        if (ctx.hasBgp()) {
            region(RegionId.of("diagram", "bgp"));
            heading("### 3.3 The ToR's BGP configuration");
            region(RegionId.of("tor-config"));
            exec(ctx.torName(), ctx.tor().runningBgpConfig(), ctx.view().runtime().equals("netns")
                    ? "On the netns runtime the router is FRR configured from that file; what it runs, as FRR shows it:"
                    : "What the router runs, as it shows it:");
            torBgp();
        }
        torRoutes();
        nodeSection();
        connectivity();
        heading("## Summary");
        region(RegionId.of("summary"));
        return md.toString();
    }

    private void torBgp() {
        heading("## 4. BGP on the ToR");
        heading("### 4.1 The sessions");
        exec(ctx.torName(), ctx.tor().bgpSummary(), null);
        region(RegionId.of("peers"));
    }

    private void torRoutes() {
        heading(ctx.hasBgp() ? "### 4.2 The ToR's routing table" : "## 4. The ToR's routing table");
        exec(ctx.torName(), ctx.tor().routes(), null);
        region(RegionId.of("tor-routes"));
        if (ctx.hasBgp() && TorRoutesRegion.viaRoutes(ctx).stream().anyMatch(r -> ctx.blockOwner(r.prefix()) != null)) {
            region(RegionId.of("diagram", "routes"));
        }
        communityExample().ifPresent(prefix -> {
            heading("### 4.3 The community on an exported block");
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

    private void nodeSection() {
        Node n = chosenNode();
        if (n == null) {
            return;
        }
        heading("## 5. Routes on a node");
        text("Now the other end: the node " + n.name() + ".");
        if (ctx.nodeSessions().stream().anyMatch(s -> s.on().equals(n.name()))) {
            ctx.view().nodeBgpStatus().ifPresent(argv -> exec(n.name(), argv, "Its BGP session, as its BIRD reports it:"));
        }
        boolean bgp = NodeRoutesRegion.learnsFromTor(ctx, n);
        exec(n.name(), bgp ? List.of("ip", "route", "show", "proto", "bird") : List.of("ip", "route"),
                bgp ? "The routes BIRD installed in its kernel:" : "Its kernel routing table:");
        region(RegionId.of("node-routes", n.name()));
    }

    /** The first node with a BGP session to the ToR, else the first with route checks. */
    private Node chosenNode() {
        for (BgpSessionCheck s : ctx.nodeSessions()) {
            if (s.established()) {
                return ctx.node(s.on());
            }
        }
        return ctx.model().cluster().nodes().stream().filter(n -> !ctx.routesOn(n.name()).isEmpty()).findFirst().orElse(null);
    }

    private void connectivity() {
        List<PingCheck> pings = ctx.pings();
        if (pings.isEmpty()) {
            return;
        }
        heading("## 6. Connectivity");
        heading("### 6.1 Pod addresses");
        // Kubernetes lists pods where it runs; elsewhere `lab status` is the equivalent.
        if (ctx.view().kubectl(ctx, List.of()).isPresent()) {
            kubectl("get", "pods", "-o", "wide");
        } else {
            region(RegionId.of("pods"));
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
        int section = 2;
        boolean diagram = false;
        for (PingCheck p : pings) {
            heading("### 6." + section++ + " Ping " + p.to() + " from " + p.from());
            String ip = ctx.addressOf(p.to());
            List<String> argv = p.from().equals(ctx.torName()) ? ctx.tor().ping(ip) : List.of("ping", "-c", "3", ip);
            exec(p.from(), argv, null);
            region(RegionId.of("ping", p.from(), p.to()));
            if (!diagram && p.reachable()) {
                region(RegionId.of("diagram", "ping", p.from(), p.to()));
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
