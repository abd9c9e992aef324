package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
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

    /** A front-panel access port: EOS/FRR interface name, the node behind it, its VLAN. */
    public record Port(String name, String node, int vlan, String description, int mtu) {
    }

    /** A VLAN's routed interface (EOS Vlan10 / FRR br10) with its gateway address. */
    public record Svi(String name, int vlan, String address, int mtu) {
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
     */
    public record Bgp(long asn, String routerId, String peerGroup, String description, long remoteAs, boolean ebgp,
                      boolean routeReflectorClient, boolean nextHopSelfForce, int listenLimit,
                      List<String> listenRanges, List<String> networks) {
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
        // a ToR that only routes (tor.bgp: false) has no BGP process at all: bgp is left out
        Bgp bgp = tor.runsBgp() ? bgp(tor, lab.cluster().nodes().size()) : null;
        model.put("bgp", bgp);
        model.put("frr", FrrConfig.forTor(tor.name(), bgp));
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
                .map((Vlan v) -> new Svi(tor.platform().sviName(v), v.id(), v.gatewayCidr(), v.mtu()))
                .toList();
    }

    static Bgp bgp(Tor tor, int nodeCount) {
        boolean rr = tor.routeReflector();
        return new Bgp(tor.asn(), tor.routerId(), tor.peerGroup(), tor.peerDescription(), tor.peerAsn(), !tor.ibgp(),
                rr, rr && !tor.platform().nextHopSelfRewritesReflected(),
                nodeCount > FRR_DEFAULT_LISTEN_LIMIT ? nodeCount : 0,
                tor.listenRanges(), tor.vlans().stream().map(Vlan::subnet).toList());
    }
}
