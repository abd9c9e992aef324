package dev.labforge.platform;

import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import java.util.ArrayList;
import java.util.List;

/**
 * VLANs on a Linux router (FRR, plain Linux), which has none of its own: one bridge per VLAN
 * carries the SVI address and the VLAN's ports are enslaved to it, all by containerlab exec lines.
 */
final class LinuxBridges {
    private LinuxBridges() {
    }

    /** br10 for VLAN 10 (at most 6 characters, well inside the 15-character interface name limit). */
    static String bridge(Vlan vlan) {
        return "br" + vlan.id();
    }

    /** Bridges, then ports (MTU, bridge, up), then bridge MTU, SVI address and up: the bridge keeps the port MTU. */
    static List<String> commands(Tor tor) {
        List<String> exec = new ArrayList<>();
        for (Vlan v : tor.vlans()) {
            exec.add("ip link add " + bridge(v) + " type bridge");
        }
        for (TorPort p : tor.ports()) {
            exec.add("ip link set dev " + p.clabInterface() + " mtu " + tor.vlan(p.vlan()).mtu());
            exec.add("ip link set dev " + p.clabInterface() + " master " + bridge(tor.vlan(p.vlan())));
            exec.add("ip link set dev " + p.clabInterface() + " up");
        }
        for (Vlan v : tor.vlans()) {
            exec.add("ip link set dev " + bridge(v) + " mtu " + v.mtu());
            exec.add("ip addr add " + v.gatewayCidr() + " dev " + bridge(v));
            exec.add("ip link set dev " + bridge(v) + " up");
        }
        return List.copyOf(exec);
    }
}
