package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
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
 * Routes carry Felix's protocol number 80. The pods' MTU is the Installation's, or what Felix detects:
 * the smallest host interface MTU (kind's eth0 at 1500 and the uplink) minus the overhead of
 * the encapsulation the pools enable.
 */
final class FelixDataplane {
    static final String DEVICE = "vxlan.calico";
    static final int VNI = 4096;
    static final int PORT = 4789;
    static final int VXLAN_OVERHEAD = 50;
    static final int IPIP_OVERHEAD = 20;
    /** rtnetlink protocol number Felix uses for its routes. */
    static final String PROTO = "80";

    private final EmulationPlan plan;

    FelixDataplane(EmulationPlan plan) {
        this.plan = plan;
    }

    /** The node's VTEP address: the first address of its block in a VXLAN pool that allows tunnels. */
    Optional<String> vtep(String node) {
        for (BlockPlan b : plan.blocks()) {
            if (b.node().equals(node) && pool(b.pool()).filter(FelixDataplane::tunnelPool).isPresent()) {
                return Optional.of(Cidr.parse(b.cidr()).host(0));
            }
        }
        return Optional.empty();
    }

    /** A locally administered unicast MAC made from the VTEP address (Felix makes a random one; this one is stable). */
    static String mac(String vtep) {
        long ip = Ipv4.parse(vtep);
        return String.format("66:6c:%02x:%02x:%02x:%02x", ip >>> 24 & 0xff, ip >>> 16 & 0xff, ip >>> 8 & 0xff, ip & 0xff);
    }

    /** The MTU of the node's pods and of its vxlan.calico. */
    int podMtu(NodePlan node) {
        if (plan.calico().mtu() != null) {
            return plan.calico().mtu();
        }
        int overhead = 0;
        for (PoolDef p : plan.calico().pools()) {
            overhead = Math.max(overhead, p.vxlan() ? VXLAN_OVERHEAD : p.ipip() ? IPIP_OVERHEAD : 0);
        }
        return Math.min(EmulationPlan.DEFAULT_MTU, node.uplinkMtu()) - overhead;
    }

    /** The device, its address, the routes and the neighbour entries, for the node's {@code ip -batch}. */
    List<String> ipLines(NodePlan node) {
        List<String> out = new ArrayList<>();
        Optional<String> own = vtep(node.name());
        if (own.isPresent()) {
            out.add("link add " + DEVICE + " type vxlan id " + VNI + " local " + address(node.ip()) + " dstport " + PORT
                    + " nolearning dev " + NetnsNames.requireInterface(node.uplink()));
            out.add("link set " + DEVICE + " address " + mac(own.get()) + " mtu " + podMtu(node) + " up");
            out.add("addr add " + address(own.get()) + "/32 dev " + DEVICE);
        }
        for (NodePlan other : plan.nodes()) {
            if (other.name().equals(node.name())) {
                continue;
            }
            Optional<String> remote = vtep(other.name());
            boolean hostRoute = false;
            for (BlockPlan b : blocksOf(other.name())) {
                PoolDef pool = pool(b.pool()).orElseThrow();
                if ("CrossSubnet".equals(pool.vxlanMode()) && other.subnet().equals(node.subnet())) {
                    out.add("route add " + Cidr.parse(b.cidr()) + " via " + address(other.ip()) + " dev "
                            + NetnsNames.requireInterface(node.uplink()) + " onlink proto " + PROTO);
                } else if (remote.isPresent() && own.isPresent()) {
                    if (!hostRoute) {
                        out.add("route add " + address(remote.get()) + " dev " + DEVICE + " scope link proto " + PROTO);
                        hostRoute = true;
                    }
                    out.add("route add " + Cidr.parse(b.cidr()) + " via " + address(remote.get()) + " dev " + DEVICE
                            + " onlink proto " + PROTO);
                }
            }
            if (remote.isPresent() && own.isPresent()) {
                out.add("neigh add " + address(remote.get()) + " lladdr " + mac(remote.get()) + " dev " + DEVICE + " nud permanent");
            }
        }
        for (BlockPlan b : blocksOf(node.name())) {
            out.add("route add blackhole " + Cidr.parse(b.cidr()) + " proto " + PROTO);
        }
        return out;
    }

    /** One FDB entry per remote VTEP, for the node's {@code bridge -batch}: its MAC is behind its node's address. */
    List<String> fdbLines(NodePlan node) {
        List<String> out = new ArrayList<>();
        if (vtep(node.name()).isEmpty()) {
            return out;
        }
        for (NodePlan other : plan.nodes()) {
            Optional<String> remote = vtep(other.name());
            if (!other.name().equals(node.name()) && remote.isPresent()) {
                out.add("fdb add " + mac(remote.get()) + " dev " + DEVICE + " dst " + address(other.ip()) + " self permanent");
            }
        }
        return out;
    }

    /** The node's blocks whose routes Felix programs (VXLAN pools). */
    private List<BlockPlan> blocksOf(String node) {
        return plan.blocks().stream().filter(b -> b.node().equals(node) && pool(b.pool()).filter(PoolDef::vxlan).isPresent())
                .toList();
    }

    private Optional<PoolDef> pool(String name) {
        return plan.calico().pools().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static boolean tunnelPool(PoolDef p) {
        return p.vxlan() && p.allowedUses().contains("Tunnel");
    }

    private static String address(String ip) {
        return Ipv4.format(Ipv4.parse(ip));
    }
}
