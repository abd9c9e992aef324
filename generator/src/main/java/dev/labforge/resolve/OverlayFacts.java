package dev.labforge.resolve;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.net.Cidr;
import java.util.Optional;

/**
 * What the check rules ask about the routes Felix programs for VXLAN pools (no BGP involved): every node
 * gets a {@code vxlan.calico} device once some pool uses VXLAN; its VTEP address is the first address of
 * the node's block in such a pool (Calico's IPAM hands it out before any pod's); another node's block is
 * routed directly via that node's address on its uplink ({@code eth1} behind a ToR, {@code eth0} on the flat
 * network of a lab without one) when the pool is CrossSubnet and both nodes share a subnet, and otherwise via
 * that node's VTEP on {@code vxlan.calico}, onlink either way.
 */
final class OverlayFacts {
    private OverlayFacts() {
    }

    /** Felix routes this pool's blocks itself (VXLAN always or across subnets), never BIRD. */
    static boolean felixRouted(Pool p) {
        return p != null && !"Never".equals(p.vxlanMode());
    }

    /** The node's block in a VXLAN pool, which its VTEP address comes from. */
    static Optional<IpamBlock> tunnelBlock(Lab lab, Node n) {
        return n.blocks().stream().filter(b -> felixRouted(PeeringFacts.pool(lab, b.pool()))).findFirst();
    }

    /** The node's VTEP address (the first address of its tunnel block), if it has one. */
    static Optional<String> vtep(Lab lab, Node n) {
        return tunnelBlock(lab, n).map(b -> Cidr.parse(b.cidr()).host(0));
    }

    /** The interface a node's address is on, which direct routes leave by: eth1 behind a ToR, eth0 on the flat network. */
    static String uplink(Lab lab) {
        return lab.tor().isPresent() ? Defaults.NODE_INTERFACE : Defaults.FLAT_NODE_INTERFACE;
    }

    /** Packets from {@code from} to {@code to}'s block of pool {@code p} leave by the uplink directly (not the tunnel). */
    static boolean direct(Pool p, Node from, Node to) {
        return "CrossSubnet".equals(p.vxlanMode()) && from.vlan() == to.vlan();
    }
}
