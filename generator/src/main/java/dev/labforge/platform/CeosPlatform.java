package dev.labforge.platform;

import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import java.util.List;

/** Arista cEOS-lab: one EOS startup-config that replaces containerlab's default; Cli for the shell. */
final class CeosPlatform implements TorPlatform {
    static final String DEFAULT_IMAGE = "ceos:4.34.0F";

    @Override
    public String id() {
        return "ceos";
    }

    /** The id: the resolved model's text (and so the spec fingerprint verify compares) must not depend on the JVM. */
    @Override
    public String toString() {
        return id();
    }

    @Override
    public String clabKind() {
        return "arista_ceos";
    }

    @Override
    public String defaultImage() {
        return DEFAULT_IMAGE;
    }

    @Override
    public String interfaceName(int port) {
        return "Ethernet" + port;
    }

    @Override
    public String sviName(Vlan vlan) {
        return "Vlan" + vlan.id();
    }

    @Override
    public boolean runsBgp() {
        return true;
    }

    /** EOS applies next-hop-self to the routes it reflects to route-reflector clients. */
    @Override
    public boolean nextHopSelfRewritesReflected() {
        return true;
    }

    @Override
    public List<ConfigFile> files(Tor tor) {
        return List.of(new ConfigFile("startup/ceos/startup-config.cfg.ftl", tor.name() + "-startup-config.cfg", null));
    }

    @Override
    public List<String> exec(Tor tor) {
        return List.of();
    }

    @Override
    public String cli() {
        return "Cli";
    }

    /** cEOS images come from Arista as an archive, not from a registry. */
    @Override
    public String imageNote(String image) {
        return "The ToR image `" + image + "` is not on a public registry: import the cEOS-lab archive from Arista\n"
                + "first, e.g. `" + importCommand(image) + "`.";
    }

    /** docker import of Arista's archive named after the image tag: ceos:4.34.0F from cEOS64-lab-4.34.0F.tar.xz. */
    static String importCommand(String image) {
        int colon = image.lastIndexOf(':');
        String tag = colon > image.lastIndexOf('/') && colon >= 0 ? image.substring(colon + 1) : "";
        return "docker import cEOS64-lab" + (tag.isEmpty() ? "" : "-" + tag) + ".tar.xz " + image;
    }

    @Override
    public String imageDescription() {
        return "a cEOS image";
    }

    @Override
    public String configDescription() {
        return "EOS startup config";
    }

    @Override
    public boolean claimsImage(String repositoryName) {
        return repositoryName.contains("ceos");
    }
}
