package dev.labforge.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A ToR of platform linux, rendered by hand until the generator renders it: lab 07's rendered folder
 * edited so that the router is a plain Linux container whose exec lines build VLAN 10's bridge with the
 * SVI, turn forwarding on and add a static route to k01-worker's block; no BGP peer, so no session
 * anywhere. The plan's checks: the ToR's connected VLAN, pod to pod as rendered, the ToR to the pod it
 * has a route to (TTL 63), and not to the pod it has none to.
 */
public final class LinuxTorLab {
    /** The image the edited topology names; any Linux image with iproute2 does. */
    public static final String IMAGE = "alpine:3.20";

    private LinuxTorLab() {
    }

    /** Edits {@code dir}, a render of labs/07-calico-bgp, in place; returns it. */
    public static Path edit(Path dir) throws IOException {
        Path topology = dir.resolve("topology.clab.yaml");
        String text = Files.readString(topology);
        String ceos = "      kind: arista_ceos\n      image: \"ceos:4.34.0F\"\n"
                + "      startup-config: startup-configs/ceos01-startup-config.cfg\n      enforce-startup-config: true\n";
        if (!text.contains(ceos)) {
            throw new IllegalStateException("lab 07's ToR node is no longer rendered as expected:\n" + text);
        }
        Files.writeString(topology, text.replace(ceos, String.join("\n",
                "      kind: linux",
                "      image: \"" + IMAGE + "\"",
                "      exec:",
                "        - \"ip link add br10 type bridge\"",
                "        - \"ip link set dev eth1 master br10\"",
                "        - \"ip link set dev eth1 up\"",
                "        - \"ip link set dev eth2 master br10\"",
                "        - \"ip link set dev eth2 up\"",
                "        - \"ip link set dev eth3 master br10\"",
                "        - \"ip link set dev eth3 up\"",
                "        - \"ip addr add 10.10.10.1/24 dev br10\"",
                "        - \"ip link set dev br10 up\"",
                "        - \"sysctl -w net.ipv4.ip_forward=1\"",
                "        - \"ip route add 192.168.0.64/26 via 10.10.10.11 dev br10\"",
                "")));
        Files.delete(dir.resolve("startup-configs/ceos01-startup-config.cfg"));
        Files.delete(dir.resolve("calico-cni-config/bgppeer-arista.yaml"));
        Path plan = dir.resolve("labforge/plan.yaml");
        String planText = Files.readString(plan);
        Files.writeString(plan, planText.substring(0, planText.indexOf("checks:\n")).replace("torPlatform: ceos", "torPlatform: linux")
                + "checks:\n"
                + "  - {type: route, on: ceos01, side: tor, prefix: 10.10.10.0/24, kind: connected, derived: true}\n"
                + "  - {type: ping, from: \"multitool-1@k01-worker\", to: \"multitool-1@k01-control-plane\", ttl: 62, reachable: true,"
                + " derived: true}\n"
                + "  - {type: ping, from: ceos01, to: \"multitool-1@k01-worker\", ttl: 63, reachable: true, derived: true}\n"
                + "  - {type: ping, from: ceos01, to: \"multitool-1@k01-control-plane\", reachable: false, derived: true}\n");
        return dir;
    }
}
