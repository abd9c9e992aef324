package dev.labforge.platform;

import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import java.util.List;

/**
 * FRR in a Linux container (containerlab kind linux): frr.conf and daemons bound into /etc/frr,
 * VLANs as Linux bridges made by exec lines; vtysh for the shell.
 */
final class FrrPlatform implements TorPlatform {
    static final String DEFAULT_IMAGE = "quay.io/frrouting/frr:8.4.4";

    @Override
    public String id() {
        return "frr";
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
        return true;
    }

    /** FRR rewrites reflected routes' next hops only with "next-hop-self force". */
    @Override
    public boolean nextHopSelfRewritesReflected() {
        return false;
    }

    @Override
    public List<ConfigFile> files(Tor tor) {
        String dir = tor.name() + "/";
        return List.of(
                new ConfigFile("startup/frr/frr.conf.ftl", dir + "frr.conf", "/etc/frr/frr.conf"),
                new ConfigFile("startup/frr/daemons.ftl", dir + "daemons", "/etc/frr/daemons"));
    }

    @Override
    public List<String> exec(Tor tor) {
        return LinuxBridges.commands(tor);
    }

    @Override
    public String cli() {
        return "vtysh";
    }

    @Override
    public String imageDescription() {
        return "an FRR image";
    }

    @Override
    public String configDescription() {
        return "frr.conf";
    }

    @Override
    public boolean claimsImage(String repositoryName) {
        return repositoryName.contains("frr");
    }
}
