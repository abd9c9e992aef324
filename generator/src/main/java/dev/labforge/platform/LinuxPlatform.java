package dev.labforge.platform;

import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import java.util.List;
import java.util.Map;

/**
 * A plain Linux router container (containerlab kind linux): kernel routing only, no routing daemon
 * and so no BGP. VLAN bridges, SVI addresses and MTUs are containerlab exec lines, like the FRR
 * platform's bridges; forwarding is a containerlab {@code sysctls:} entry, which Docker sets when it
 * creates the container, so the image needs no sysctl tool. It renders no file. Any image with
 * iproute2 works.
 *
 * <p>Default image: the one containerlab's examples use for Linux nodes, Alpine with the full
 * iproute2 (BusyBox's own {@code ip} in a bare Alpine cannot enslave a port to a bridge).
 */
final class LinuxPlatform implements TorPlatform {
    static final String DEFAULT_IMAGE = "ghcr.io/hellt/network-multitool";
    /** A Linux container starts with forwarding off; without it the router answers but routes nothing. */
    static final Map<String, String> FORWARDING = Map.of("net.ipv4.ip_forward", "1");

    @Override
    public String id() {
        return "linux";
    }

    /** The id: the resolved model's text (and so the spec fingerprint verify compares) must not depend on the JVM. */
    @Override
    public String toString() {
        return id();
    }

    @Override
    public String clabKind() {
        return "linux";
    }

    @Override
    public String defaultImage() {
        return DEFAULT_IMAGE;
    }

    @Override
    public String interfaceName(int port) {
        return "eth" + port;
    }

    @Override
    public String sviName(Vlan vlan) {
        return LinuxBridges.bridge(vlan);
    }

    @Override
    public boolean runsBgp() {
        return false;
    }

    @Override
    public boolean nextHopSelfRewritesReflected() {
        return false;
    }

    @Override
    public List<ConfigFile> files(Tor tor) {
        return List.of();
    }

    @Override
    public List<String> exec(Tor tor) {
        return LinuxBridges.commands(tor);
    }

    @Override
    public Map<String, String> sysctls() {
        return FORWARDING;
    }

    @Override
    public String cli() {
        return "sh";
    }

    @Override
    public String imageDescription() {
        return "a Linux image";
    }

    @Override
    public String configDescription() {
        return "exec lines";
    }

    @Override
    public boolean claimsImage(String repositoryName) {
        return false;
    }

    @Override
    public boolean runsAnyImage() {
        return true;
    }
}
