package dev.labforge.platform;

import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import java.util.List;
import java.util.Map;

/**
 * Everything the generator knows about one kind of top-of-rack router, in one class: naming, the
 * files it renders, the containerlab node it becomes and how a user reaches its CLI. Callers ask
 * capabilities ({@link #runsBgp()}, {@link #nextHopSelfRewritesReflected()}); nothing outside the
 * implementations compares platform ids. Implementations are registered in {@link TorPlatforms}.
 */
public interface TorPlatform {

    /** The name in lab.yaml ({@code tor.platform}), plan.yaml ({@code torPlatform}) and {@code templates/startup/<id>/}. */
    String id();

    /** containerlab node kind. */
    String clabKind();

    /** The image used when {@code tor.image} is left out. */
    String defaultImage();

    /** Router interface name for front-panel port n (1-based), e.g. Ethernet1 or eth1. */
    String interfaceName(int port);

    /** The VLAN's routed interface that carries the gateway address, e.g. Vlan10 or br10. */
    String sviName(Vlan vlan);

    /** Whether the router speaks BGP at all; without it there are no peers, sessions or learned routes. */
    boolean runsBgp();

    /** Plain {@code next-hop-self} rewrites the next hop of reflected routes (EOS); otherwise it needs "force" (FRR). */
    boolean nextHopSelfRewritesReflected();

    /** The configuration files the router needs, in a fixed order (none for a router configured by exec lines). */
    List<ConfigFile> files(Tor tor);

    /** containerlab exec lines run in the router container after deploy, in order. */
    List<String> exec(Tor tor);

    /** Kernel parameters containerlab sets when it creates the container ({@code sysctls:}), in order. */
    default Map<String, String> sysctls() {
        return Map.of();
    }

    /** The command that opens the router's CLI inside its container: Cli, vtysh, sh. */
    String cli();

    /** A README paragraph about obtaining the image, or null when {@code docker pull} is all it takes. */
    default String imageNote(String image) {
        return null;
    }

    /** An image name in words with its article, for messages: "a cEOS image", "an FRR image". */
    String imageDescription();

    /** What the router is configured by, for messages: "EOS startup config", "frr.conf". */
    String configDescription();

    /**
     * Whether an image of this repository name (last path component, no tag) is recognisably this
     * platform's. Used to warn about another platform's image, so platforms that run any image claim none.
     */
    boolean claimsImage(String repositoryName);

    /** Whether any Linux image works for this platform, so that no image looks wrong for it. */
    default boolean runsAnyImage() {
        return false;
    }
}
