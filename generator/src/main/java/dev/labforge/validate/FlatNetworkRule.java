package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.NetworkSpec;
import dev.labforge.spec.NodeSpec;
import java.util.List;

/**
 * A lab without a ToR: its nodes sit on one flat network ({@code cluster.network}, kind's Docker network by
 * default) on usable host addresses of it, carry no VLAN, and peer only with each other in Calico's
 * node-to-node mesh, so the mesh must stay on and no BGPPeer can be written. The flat network does not
 * overlap the pod or service subnets; no node MTU is written (their eth0 is Docker's). Behind a ToR
 * {@code cluster.network} has no place.
 */
final class FlatNetworkRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        NetworkSpec written = ctx.cluster() == null ? null : ctx.cluster().network();
        if (ctx.hasTor()) {
            if (written != null) {
                out.error("E-FLAT-NETWORK", "cluster.network", ctx.at("cluster.network"),
                        "cluster.network is the flat network of a lab without a ToR, but this lab's nodes sit behind ToR "
                                + ctx.tor().name() + " on its VLANs",
                        "remove cluster.network (each node's address comes from its VLAN), or remove the tor");
            }
            return;
        }
        String subnetPath = written != null && written.subnet() != null ? "cluster.network.subnet" : "cluster";
        Cidr subnet = ctx.networkSubnet();
        if (subnet == null) {
            return; // CidrRule reports it
        }
        String network = "the cluster network " + subnet;
        size(ctx, out, subnet, subnetPath);
        gateway(ctx, out, subnet, written);
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            node(ctx, out, nodes.get(i), SpecPaths.nodePath(i), subnet, network);
        }
        overlaps(ctx, out, subnet, subnetPath);
        bgp(ctx, out);
        mtu(ctx, out);
    }

    /**
     * The nodes' eth0 is on kind's Docker network, whose MTU (Docker's 1500) no lab file sets: under containerlab
     * there is no exec line to change it, so an MTU written for the nodes could not hold. calico.mtu still
     * sets the pods'.
     */
    private static void mtu(ValidationContext ctx, Diagnostics out) {
        String hint = "remove it: the nodes' eth0 is kind's Docker network's, at Docker's MTU (1500); calico.mtu sets the pods' MTU";
        if (ctx.cluster() != null && ctx.cluster().mtu() != null) {
            out.error("E-MTU", "cluster.mtu", ctx.at("cluster.mtu"),
                    "cluster.mtu " + ctx.cluster().mtu() + " sets the nodes' links to a ToR, and the lab has no ToR", hint);
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).mtu() != null) {
                String p = SpecPaths.nodePath(i) + ".mtu";
                out.error("E-MTU", p, ctx.at(p), "node " + nodes.get(i).name() + "'s mtu " + nodes.get(i).mtu()
                        + " sets its link to a ToR, and the lab has no ToR", hint);
            }
        }
    }

    private static void size(ValidationContext ctx, Diagnostics out, Cidr subnet, String path) {
        long hosts = subnet.prefixLength() > 30 ? 0 : subnet.size() - 2;
        int nodes = ctx.nodes().size();
        if (hosts >= nodes + 1) {
            return;
        }
        out.error("E-SUBNET-SIZE", path, ctx.at(path), "the cluster network " + subnet + " has " + hosts
                        + " host addresses, but its gateway and " + nodes + " nodes need " + (nodes + 1),
                "use a larger subnet, e.g. " + new Cidr(subnet.networkAddress(), Math.min(24, Math.max(8, subnet.prefixLength() - 2))).network());
    }

    private static void gateway(ValidationContext ctx, Diagnostics out, Cidr subnet, NetworkSpec written) {
        Long gw = written == null || written.gateway() == null ? null : SpecValues.ip(written.gateway());
        if (gw == null) {
            return;
        }
        String p = "cluster.network.gateway";
        if (!subnet.contains(gw)) {
            out.error("E-GATEWAY", p, ctx.at(p), "gateway " + written.gateway() + " is outside the cluster network " + subnet,
                    "use an address in " + subnet + ", usually the first host " + subnet.host(1) + " (Docker's)");
        } else if (gw == subnet.networkAddress() || gw == subnet.broadcastAddress()) {
            out.error("E-GATEWAY", p, ctx.at(p), "gateway " + written.gateway() + " is the "
                            + (gw == subnet.networkAddress() ? "network" : "broadcast") + " address of " + subnet,
                    "use a host address, usually the first one, " + subnet.host(1));
        }
    }

    private static void node(ValidationContext ctx, Diagnostics out, NodeSpec n, String p, Cidr subnet, String network) {
        if (n.vlan() != null) {
            out.error("E-NODE-VLAN", p + ".vlan", ctx.at(p + ".vlan"),
                    "node " + n.name() + " is on VLAN " + n.vlan() + ", but the lab has no ToR, so it has no VLANs",
                    "remove vlan: without a tor every node sits on " + network + " (cluster.network)");
        }
        Long ip = SpecValues.ip(n.ip());
        if (ip == null) {
            return;
        }
        String ipPath = p + ".ip";
        if (!subnet.contains(ip)) {
            out.error("E-NODE-IP-SUBNET", ipPath, ctx.at(ipPath), "address " + n.ip() + " of node " + n.name() + " is outside " + network,
                    "use an address in " + subnet + ", or leave ip out to take the next one in kind's order");
        } else if (ip == subnet.networkAddress() || ip == subnet.broadcastAddress()) {
            out.error("E-NODE-IP-RESERVED", ipPath, ctx.at(ipPath), "address " + n.ip() + " of node " + n.name() + " is the "
                            + (ip == subnet.networkAddress() ? "network" : "broadcast") + " address of " + subnet,
                    "use a host address between " + subnet.host(2) + " and " + Ipv4.format(subnet.broadcastAddress() - 1));
        } else if (ctx.networkGateway() != null && ctx.networkGateway().longValue() == ip) {
            out.error("E-NODE-IP-GATEWAY", ipPath, ctx.at(ipPath), "address " + n.ip() + " of node " + n.name()
                            + " is the gateway of " + network + " (Docker's bridge address)",
                    "use another host address in " + subnet + "; kind's nodes start at " + subnet.host(2));
        }
    }

    /** Node addresses must not look like pod or service addresses. */
    private static void overlaps(ValidationContext ctx, Diagnostics out, Cidr subnet, String path) {
        Cidr pod = ctx.podSubnet();
        Cidr service = ctx.serviceSubnet();
        if (pod != null && pod.overlaps(subnet)) {
            out.error("E-OVERLAP", path, ctx.at(path), "the cluster network " + subnet + " overlaps the pod subnet " + pod,
                    "node addresses must not collide with pod addresses; pick another cluster.network.subnet or podSubnet");
        }
        if (service != null && service.overlaps(subnet)) {
            out.error("E-OVERLAP", path, ctx.at(path), "the cluster network " + subnet + " overlaps the service subnet " + service,
                    "pick another cluster.network.subnet or serviceSubnet");
        }
        List<String> lbs = ctx.loadBalancerIPs();
        for (int i = 0; i < lbs.size(); i++) {
            Cidr lb = SpecValues.cidr(lbs.get(i));
            if (lb != null && lb.overlaps(subnet)) {
                String lp = "calico.loadBalancerIPs[" + i + "]";
                out.error("E-OVERLAP", lp, ctx.at(lp), "LoadBalancer range " + lb + " overlaps the cluster network " + subnet,
                        "pick a range outside the nodes' network");
            }
        }
    }

    /** Without a ToR the mesh is every node's only BGP: peers point at nothing, and no mesh means no BGP at all. */
    private static void bgp(ValidationContext ctx, Diagnostics out) {
        if (ctx.calico() != null && ctx.calico().peers() != null) {
            out.error("E-NO-TOR", "calico.peers", ctx.at("calico.peers"),
                    "BGP peers need a router to peer with, and the lab has no ToR",
                    "remove calico.peers (the nodes peer with each other in the node-to-node mesh), or add a tor");
        }
        if (!ctx.nodeToNodeMesh()) {
            out.error("E-MESH-NO-PEERS", "calico.nodeToNodeMesh", ctx.at("calico.nodeToNodeMesh"),
                    "the node-to-node mesh is off and the lab has no ToR, so no node has a BGP peer (calico-node still runs BIRD,"
                            + " alone)",
                    "leave nodeToNodeMesh out (Calico's default, on); a lab without any BGP sits behind a tor with platform linux"
                            + " (labs/04-linux-tor)");
        }
    }
}
