package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import dev.labforge.net.IpFamily;
import dev.labforge.platform.ConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ToR's configuration files, the ones its platform names (templates under
 * {@code templates/startup/<platform>/}): a complete cEOS startup-config, FRR's frr.conf and
 * daemons, nothing for a router configured by exec lines (or for a lab without a ToR). A ToR without BGP gets
 * no {@code bgp}. Java decides every platform difference
 * (which statements, where); the templates print.
 */
public final class StartupConfigOutput implements Output {
    /** FRR accepts this many dynamic (listen-range) peers unless told otherwise. */
    static final int FRR_DEFAULT_LISTEN_LIMIT = 100;
    /** CALICO-K8S-V6: the peer group of the nodes' IPv6 sessions. */
    static final String PEER_GROUP6_SUFFIX = "-V6";

    /** A front-panel access port: EOS/FRR interface name, the node behind it, its VLAN. */
    public record Port(String name, String node, int vlan, String description, int mtu) {
    }

    /** A VLAN's routed interface (EOS Vlan10 / FRR br10) with its gateway address (and its IPv6 one, or null). */
    public record Svi(String name, int vlan, String address, int mtu, String address6) {
    }

    /** A Loopback0 address with its length; {@code secondary}: a further IPv4 address (EOS wants the word). */
    public record LoopbackAddress(String cidr, boolean ipv6, boolean secondary) {
    }

    /** A static route of the ToR, {@code ip route} or {@code ipv6 route}. */
    public record Route(String prefix, String via, boolean ipv6) {
    }

    /**
     * The ToR's BGP process, every decision made.
     *
     * @param remoteAs             the nodes' AS (the cluster's)
     * @param ebgp                 the ToR's AS differs from the nodes'
     * @param routeReflectorClient nodes are route-reflector clients (role route-reflector)
     * @param nextHopSelfForce     reflected routes need "next-hop-self force" (FRR); EOS rewrites with plain next-hop-self
     * @param listenLimit          FRR "bgp listen limit", 0 when the default is enough
     * @param networks             the VLAN subnets the ToR originates
     * @param peerGroup6           the peer group of the nodes' IPv6 sessions (BIRD6 peers over IPv6), null without
     * @param listenRanges6        the IPv6 listen ranges (VLAN subnet6s with peering nodes)
     * @param networks6            the VLAN subnet6s the ToR originates in address-family ipv6
     */
    public record Bgp(long asn, String routerId, String peerGroup, String description, long remoteAs, boolean ebgp,
                      boolean routeReflectorClient, boolean nextHopSelfForce, int listenLimit,
                      List<String> listenRanges, List<String> networks, String peerGroup6, List<String> listenRanges6,
                      List<String> networks6) {

        /** IPv4 only. */
        public Bgp(long asn, String routerId, String peerGroup, String description, long remoteAs, boolean ebgp,
                   boolean routeReflectorClient, boolean nextHopSelfForce, int listenLimit,
                   List<String> listenRanges, List<String> networks) {
            this(asn, routerId, peerGroup, description, remoteAs, ebgp, routeReflectorClient, nextHopSelfForce, listenLimit,
                    listenRanges, networks, null, List.of(), List.of());
        }

        /** Whether the nodes also peer over IPv6 (address-family ipv6). */
        public boolean ipv6() {
            return peerGroup6 != null;
        }
    }

    @Override
    public String id() {
        return "startup";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        return lab.tor().map(tor -> render(lab, tor, catalog)).orElse(List.of());
    }

    private static List<RenderedFile> render(Lab lab, Tor tor, TemplateCatalog catalog) {
        Map<String, Object> model = Views.model(lab);
        model.put("hostname", tor.name());
        model.put("ports", ports(tor));
        model.put("svis", svis(tor));
        model.put("vlans", tor.vlans());
        model.put("ipv6", tor.hasIpv6());
        model.put("loopback", loopback(tor));
        model.put("routes", tor.routes().stream().map(r -> new Route(r.destination(), r.via(), r.ipv6())).toList());
        // a ToR that only routes (tor.bgp: false) has no BGP process at all: bgp is left out
        Bgp bgp = tor.runsBgp() ? bgp(tor, lab.cluster().nodes().size()) : null;
        model.put("bgp", bgp);
        model.put("frr", FrrConfig.forTor(tor.name(), bgp, tor.hasIpv6()));
        List<RenderedFile> out = new ArrayList<>();
        for (ConfigFile f : tor.platform().files(tor)) {
            out.add(new RenderedFile(RenderedPaths.startupFile(f), catalog.render(f.template(), model)));
        }
        return List.copyOf(out);
    }

    static List<Port> ports(Tor tor) {
        return tor.ports().stream()
                .map((TorPort p) -> new Port(p.routerInterface(), p.node(), p.vlan(), p.node() + " eth1", tor.vlan(p.vlan()).mtu()))
                .toList();
    }

    static List<Svi> svis(Tor tor) {
        return tor.vlans().stream()
                .map((Vlan v) -> new Svi(tor.platform().sviName(v), v.id(), v.gatewayCidr(), v.mtu(), v.gatewayCidr6()))
                .toList();
    }

    /** Loopback0's addresses in the order written (IPv4 after the first one secondary); empty without loopbacks. */
    static List<LoopbackAddress> loopback(Tor tor) {
        List<LoopbackAddress> out = new ArrayList<>();
        boolean primary = false;
        for (String l : tor.loopbacks()) {
            boolean v6 = l.indexOf(':') >= 0;
            out.add(new LoopbackAddress(l, v6, !v6 && primary));
            primary |= !v6;
        }
        return List.copyOf(out);
    }

    static Bgp bgp(Tor tor, int nodeCount) {
        boolean rr = tor.routeReflector();
        List<String> ranges6 = tor.listenRanges(IpFamily.IPV6);
        // the nodes' IPv6 sessions get a peer group of their own, active in address-family ipv6 only
        String group6 = ranges6.isEmpty() ? null : tor.peerGroup() + PEER_GROUP6_SUFFIX;
        return new Bgp(tor.asn(), tor.routerId(), tor.peerGroup(), tor.peerDescription(), tor.peerAsn(), !tor.ibgp(),
                rr, rr && !tor.platform().nextHopSelfRewritesReflected(),
                nodeCount > FRR_DEFAULT_LISTEN_LIMIT ? nodeCount : 0,
                tor.listenRanges(IpFamily.IPV4), tor.vlans().stream().map(Vlan::subnet).toList(), group6, ranges6,
                group6 == null ? List.of() : tor.vlans().stream().filter(Vlan::hasIpv6).map(Vlan::subnet6).toList());
    }
}
