package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.netns.EmulationPlan.BlockPlan;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.config.PoolDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Felix programs on a node without BGP, for the lab's VXLAN pools, as {@code ip -batch} and
 * {@code bridge -batch} lines; read from the rendered artifacts (the pools and MTU of the Installation,
 * the blocks of plan.yaml, the nodes' addresses and uplink MTUs from the topology's exec lines). The same for
 * both underlays: a node's uplink is eth1 behind a ToR and eth0 on the flat network of a lab without one.
 * <ul>
 *   <li>a {@code vxlan.calico} device (VNI 4096, UDP 4789, local = the node's uplink address, learning off) on
 *       every node that has a block in a VXLAN pool, carrying its VTEP address (the block's first address,
 *       which Calico's IPAM hands out before any pod's) at the pod MTU;</li>
 *   <li>per remote node with a VTEP: a permanent neighbour entry (its VTEP address to its VTEP MAC) and an FDB
 *       entry (that MAC to its node address); its blocks {@code via <VTEP> dev vxlan.calico onlink} plus a host
 *       route to the VTEP, or, for a CrossSubnet pool and a node on the same subnet, {@code via <its
 *       address> dev <uplink> onlink} with no encapsulation;</li>
 *   <li>the node's own blocks of VXLAN pools as blackholes (BIRD keeps VXLAN pools out of the kernel).</li>
 * </ul>
 * IPv6 VXLAN pools get the same on {@code vxlan-v6.calico} (VNI 4096, UDP 4789, local = the node's eth1 IPv6
 * address, MTU = underlay - 70), with /128 VTEP addresses and no host route (an onlink route reaches the VTEP).
 * Routes carry Felix's protocol number 80. The pods' MTU is the Installation's, or what Felix detects:
 * the smallest host interface MTU (kind's eth0 at 1500 and the uplink) minus the overhead of
 * the encapsulation the pools enable (an IPv6 VXLAN pool's 70 bytes included).
 */
final class FelixDataplane {
    static final String DEVICE = "vxlan.calico";
    static final String DEVICE6 = "vxlan-v6.calico";
    static final int VNI = 4096;
    static final int PORT = 4789;
    static final int VXLAN_OVERHEAD = 50;
    static final int VXLAN6_OVERHEAD = 70;
    static final int IPIP_OVERHEAD = 20;
    /** rtnetlink protocol number Felix uses for its routes. */
    static final String PROTO = "80";

    private final EmulationPlan plan;

    FelixDataplane(EmulationPlan plan) {
        this.plan = plan;
    }

    /** The node's VTEP address: the first address of its block in a VXLAN pool that allows tunnels. */
    Optional<String> vtep(String node) {
        return vtep(node, IpFamily.IPV4);
    }

    /** The node's VTEP address of one family (the first address of its block of that family in a tunnel pool). */
    Optional<String> vtep(String node, IpFamily family) {
        for (BlockPlan b : plan.blocks()) {
            if (b.node().equals(node) && family(b.cidr()) == family && pool(b.pool()).filter(FelixDataplane::tunnelPool).isPresent()) {
                return Optional.of(Cidr.parse(b.cidr()).host(0));
            }
        }
        return Optional.empty();
    }

    /** A locally administered unicast MAC made from the VTEP address (Felix makes a random one; this one is stable). */
    static String mac(String vtep) {
        if (vtep.indexOf(':') >= 0) {
            byte[] b = literalBytes(Ip.parse(vtep).toString());
            int n = b.length;
            return String.format("66:6d:%02x:%02x:%02x:%02x", b[n - 4] & 0xff, b[n - 3] & 0xff, b[n - 2] & 0xff, b[n - 1] & 0xff);
        }
        long ip = Ipv4.parse(vtep);
        return String.format("66:6c:%02x:%02x:%02x:%02x", ip >>> 24 & 0xff, ip >>> 16 & 0xff, ip >>> 8 & 0xff, ip & 0xff);
    }

    /** The bytes of an address literal (no name lookup: InetAddress parses literals itself). */
    private static byte[] literalBytes(String literal) {
        try {
            return java.net.InetAddress.getByName(literal).getAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + literal, e);
        }
    }

    /** The MTU of the node's pods: the smallest of its tunnel devices' (vxlan.calico's alone in an IPv4 lab). */
    int podMtu(NodePlan node) {
        if (plan.calico().mtu() != null) {
            return plan.calico().mtu();
        }
        int overhead = 0;
        for (PoolDef p : plan.calico().pools()) {
            int own = p.vxlan() ? (family(p.cidr()) == IpFamily.IPV6 ? VXLAN6_OVERHEAD : VXLAN_OVERHEAD) : p.ipip() ? IPIP_OVERHEAD : 0;
            overhead = Math.max(overhead, own);
        }
        return Math.min(EmulationPlan.DEFAULT_MTU, node.uplinkMtu()) - overhead;
    }

    /** The MTU of the node's VXLAN device of one family. */
    int deviceMtu(NodePlan node, IpFamily family) {
        if (plan.calico().mtu() != null) {
            return plan.calico().mtu();
        }
        return Math.min(EmulationPlan.DEFAULT_MTU, node.uplinkMtu()) - (family == IpFamily.IPV6 ? VXLAN6_OVERHEAD : VXLAN_OVERHEAD);
    }

    /** The devices, their addresses, the routes and the neighbour entries, for the node's {@code ip -batch}: IPv4, then IPv6. */
    List<String> ipLines(NodePlan node) {
        List<String> out = new ArrayList<>(ipLines(node, IpFamily.IPV4));
        if (node.ip6() != null) {
            out.addAll(ipLines(node, IpFamily.IPV6));
        }
        return out;
    }

    private List<String> ipLines(NodePlan node, IpFamily family) {
        boolean v6 = family == IpFamily.IPV6;
        String device = v6 ? DEVICE6 : DEVICE;
        List<String> out = new ArrayList<>();
        Optional<String> own = vtep(node.name(), family);
        if (own.isPresent()) {
            out.add("link add " + device + " type vxlan id " + VNI + " local " + address(node.ip(family)) + " dstport " + PORT
                    + " nolearning dev " + NetnsNames.requireInterface(node.uplink()));
            out.add("link set " + device + " address " + mac(own.get()) + " mtu " + deviceMtu(node, family) + " up");
            out.add("addr add " + address(own.get()) + (v6 ? "/128 dev " + device + " nodad" : "/32 dev " + device));
        }
        for (NodePlan other : plan.nodes()) {
            if (other.name().equals(node.name())) {
                continue;
            }
            Optional<String> remote = vtep(other.name(), family);
            boolean hostRoute = v6; // an IPv6 onlink route needs no host route to its VTEP
            for (BlockPlan b : blocksOf(other.name(), family)) {
                PoolDef pool = pool(b.pool()).orElseThrow();
                if ("CrossSubnet".equals(pool.vxlanMode()) && sameSubnet(node, other, family) && other.ip(family) != null) {
                    out.add("route add " + Cidr.parse(b.cidr()) + " via " + address(other.ip(family)) + " dev "
                            + NetnsNames.requireInterface(node.uplink()) + " onlink proto " + PROTO);
                } else if (remote.isPresent() && own.isPresent()) {
                    if (!hostRoute) {
                        out.add("route add " + address(remote.get()) + " dev " + device + " scope link proto " + PROTO);
                        hostRoute = true;
                    }
                    out.add("route add " + Cidr.parse(b.cidr()) + " via " + address(remote.get()) + " dev " + device
                            + " onlink proto " + PROTO);
                }
            }
            if (remote.isPresent() && own.isPresent()) {
                out.add("neigh add " + address(remote.get()) + " lladdr " + mac(remote.get()) + " dev " + device + " nud permanent");
            }
        }
        for (BlockPlan b : blocksOf(node.name(), family)) {
            out.add("route add blackhole " + Cidr.parse(b.cidr()) + " proto " + PROTO);
        }
        return out;
    }

    /** One FDB entry per remote VTEP, for the node's {@code bridge -batch}: its MAC is behind its node's address. */
    List<String> fdbLines(NodePlan node) {
        List<String> out = new ArrayList<>(fdbLines(node, IpFamily.IPV4));
        if (node.ip6() != null) {
            out.addAll(fdbLines(node, IpFamily.IPV6));
        }
        return out;
    }

    private List<String> fdbLines(NodePlan node, IpFamily family) {
        List<String> out = new ArrayList<>();
        if (vtep(node.name(), family).isEmpty()) {
            return out;
        }
        String device = family == IpFamily.IPV6 ? DEVICE6 : DEVICE;
        for (NodePlan other : plan.nodes()) {
            Optional<String> remote = vtep(other.name(), family);
            if (!other.name().equals(node.name()) && remote.isPresent() && other.ip(family) != null) {
                out.add("fdb add " + mac(remote.get()) + " dev " + device + " dst " + address(other.ip(family)) + " self permanent");
            }
        }
        return out;
    }

    /** The node's blocks of one family whose routes Felix programs (VXLAN pools). */
    private List<BlockPlan> blocksOf(String node, IpFamily family) {
        return plan.blocks().stream().filter(b -> b.node().equals(node) && family(b.cidr()) == family
                && pool(b.pool()).filter(PoolDef::vxlan).isPresent()).toList();
    }

    /** Both nodes' eth1 share a subnet of that family (CrossSubnet routes directly then). */
    private static boolean sameSubnet(NodePlan a, NodePlan b, IpFamily family) {
        if (family == IpFamily.IPV4) {
            return a.subnet().equals(b.subnet());
        }
        return a.ip6() != null && b.ip6() != null && prefix6(a).equals(prefix6(b));
    }

    /** The node's IPv6 subnet, from the exec line that puts the address on eth1. */
    private static Cidr prefix6(NodePlan n) {
        return n.exec().stream().map(l -> l.addressAddedTo("eth1")).filter(a -> a != null && a.indexOf(':') >= 0).findFirst()
                .map(a -> Cidr.parseInterface(a).network()).orElseThrow();
    }

    private Optional<PoolDef> pool(String name) {
        return plan.calico().pools().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static boolean tunnelPool(PoolDef p) {
        return p.vxlan() && p.allowedUses().contains("Tunnel");
    }

    private static IpFamily family(String cidrOrAddress) {
        return cidrOrAddress.indexOf(':') >= 0 ? IpFamily.IPV6 : IpFamily.IPV4;
    }

    private static String address(String ip) {
        return ip.indexOf(':') >= 0 ? Ip.parse(ip).toString() : Ipv4.format(Ipv4.parse(ip));
    }
}
