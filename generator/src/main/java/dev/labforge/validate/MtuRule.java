package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.resolve.Defaults;
import dev.labforge.resolve.MtuPass;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * MTUs in 68..9216 (cEOS's largest): the ToR's, each VLAN's, the cluster's, each node's, Calico's. A node's
 * link (eth1) must not be larger than its VLAN's (defaults included: VLANs take the ToR's, nodes the
 * cluster's; on the flat network of a lab without a ToR there is no VLAN to fit), and Calico's pod MTU plus
 * the encapsulation's overhead must fit every node's link (eth1, or eth0 on the flat network).
 */
final class MtuRule implements Rule {
    static final int MIN = 68;
    static final int MAX = 9216;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        Integer tor = ctx.tor() == null ? null : ctx.tor().mtu();
        Integer cluster = ctx.cluster() == null ? null : ctx.cluster().mtu();
        Integer calico = ctx.calico() == null ? null : ctx.calico().mtu();
        boolean ok = (tor == null || range(ctx, out, "tor.mtu", tor)) & (cluster == null || range(ctx, out, "cluster.mtu", cluster));
        for (VlanSpec v : ctx.vlans()) {
            ok &= v.mtu() == null || range(ctx, out, SpecPaths.vlanPath(v) + ".mtu", v.mtu());
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            ok &= nodes.get(i).mtu() == null || range(ctx, out, SpecPaths.nodePath(i) + ".mtu", nodes.get(i).mtu());
        }
        boolean calicoOk = calico == null || range(ctx, out, "calico.mtu", calico);
        if (!ok) {
            return;
        }
        linksFitTheirVlans(ctx, out, tor, cluster);
        if (calico != null && calicoOk) {
            podMtuFitsTheLinks(ctx, out, calico, cluster);
        }
    }

    /** One error per place that decides a too-large node MTU: the node's own mtu, or cluster.mtu per VLAN. */
    private static void linksFitTheirVlans(ValidationContext ctx, Diagnostics out, Integer tor, Integer cluster) {
        Set<String> reported = new LinkedHashSet<>();
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            VlanSpec v = ctx.vlan(n.vlan());
            if (v == null) {
                continue; // the VLAN rule reports a node on an undefined VLAN
            }
            int vlanMtu = v.mtu() != null ? v.mtu() : tor != null ? tor : Defaults.TOR_MTU;
            int nodeMtu = linkMtu(n, cluster);
            if (nodeMtu <= vlanMtu) {
                continue;
            }
            String vlanText = v.mtu() != null ? "VLAN " + v.id() + "'s MTU " + vlanMtu
                    : "the ToR's MTU " + vlanMtu + (tor == null ? " (the default)" : "");
            String raise = v.mtu() != null ? SpecPaths.vlanPath(v) + ".mtu" : "tor.mtu";
            if (n.mtu() != null) {
                String path = SpecPaths.nodePath(i) + ".mtu";
                out.error("E-MTU", path, ctx.at(path), "node " + n.name() + "'s MTU " + nodeMtu + " is larger than " + vlanText,
                        "the node would send frames its VLAN drops; set " + raise + " to at least " + nodeMtu + " or "
                                + path + " to at most " + vlanMtu);
                continue;
            }
            String path = cluster == null ? "cluster" : "cluster.mtu";
            String message = "node MTU " + nodeMtu + (cluster == null ? " (the default)" : "") + " is larger than " + vlanText;
            if (reported.add(message)) {
                out.error("E-MTU", path, ctx.at(path), message, "nodes would send frames the ToR drops; set " + raise
                        + " to at least " + nodeMtu + " or cluster.mtu to at most " + vlanMtu);
            }
        }
    }

    /** Pods' packets, wrapped by the encapsulation, must fit the smallest node link. */
    private static void podMtuFitsTheLinks(ValidationContext ctx, Diagnostics out, int calico, Integer cluster) {
        List<PoolSpec> pools = ctx.pools();
        List<String> encapsulations = pools.stream()
                .map(p -> p.encapsulation() == null ? Defaults.ENCAPSULATION : p.encapsulation()).toList();
        int overhead = MtuPass.overhead(encapsulations);
        NodeSpec smallest = null;
        for (NodeSpec n : ctx.nodes()) {
            if (smallest == null || linkMtu(n, cluster) < linkMtu(smallest, cluster)) {
                smallest = n;
            }
        }
        if (smallest == null || calico + overhead <= linkMtu(smallest, cluster)) {
            return;
        }
        int link = linkMtu(smallest, cluster);
        String wrap = overhead == 0 ? "" : ", and " + encapsulationOf(encapsulations, overhead) + " adds " + overhead + " bytes";
        out.error("E-MTU", "calico.mtu", ctx.at("calico.mtu"), "Calico MTU " + calico + " does not fit the nodes' links: "
                        + smallest.name() + "'s " + (ctx.hasTor() ? "eth1" : "eth0") + " has MTU " + link + wrap,
                "pods would send packets their node's link drops; use at most " + (link - overhead)
                        + ", or leave calico.mtu out (Calico then takes the smallest host MTU minus the overhead)");
    }

    private static String encapsulationOf(List<String> encapsulations, int overhead) {
        return encapsulations.stream().filter(e -> MtuPass.overhead(List.of(e)) == overhead).findFirst().orElse("the encapsulation");
    }

    private static int linkMtu(NodeSpec n, Integer cluster) {
        return n.mtu() != null ? n.mtu() : cluster != null ? cluster : Defaults.NODE_MTU;
    }

    private static boolean range(ValidationContext ctx, Diagnostics out, String path, int mtu) {
        if (mtu < MIN || mtu > MAX) {
            out.error("E-MTU", path, ctx.at(path), "MTU " + mtu + " is out of range", "use an MTU between " + MIN + " and " + MAX);
            return false;
        }
        return true;
    }
}
