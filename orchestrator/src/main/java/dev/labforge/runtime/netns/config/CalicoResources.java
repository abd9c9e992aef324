package dev.labforge.runtime.netns.config;

import dev.labforge.rendered.RenderedPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Calico resources of a rendered lab, as calico-node's confd would see them.
 *
 * @param asNumber               BGPConfiguration default asNumber (64512 when unset)
 * @param nodeToNodeMesh         BGPConfiguration default nodeToNodeMeshEnabled (true when unset)
 * @param serviceLoadBalancerIPs CIDRs advertised from every node
 * @param pools                  every IP pool: Installation ipPools (translated like the operator does) and IPPool resources
 * @param peers                  every BGPPeer, in file order
 * @param mtu                    the Installation's calicoNetwork.mtu; null: Felix detects the pod MTU on each node
 */
public record CalicoResources(long asNumber, boolean nodeToNodeMesh, List<String> serviceLoadBalancerIPs,
        List<PrefixAdvertisement> prefixAdvertisements, List<PoolDef> pools, List<PeerDef> peers, Integer mtu) {

    public static final long DEFAULT_AS_NUMBER = 64512;
    static final List<String> SCANNED_DIRS = List.of(RenderedPaths.CALICO_DIR, RenderedPaths.MANIFESTS_DIR);

    public CalicoResources {
        serviceLoadBalancerIPs = List.copyOf(serviceLoadBalancerIPs);
        prefixAdvertisements = List.copyOf(prefixAdvertisements);
        pools = List.copyOf(pools);
        peers = List.copyOf(peers);
    }

    /** With Felix's MTU detection. */
    public CalicoResources(long asNumber, boolean nodeToNodeMesh, List<String> serviceLoadBalancerIPs,
            List<PrefixAdvertisement> prefixAdvertisements, List<PoolDef> pools, List<PeerDef> peers) {
        this(asNumber, nodeToNodeMesh, serviceLoadBalancerIPs, prefixAdvertisements, pools, peers, null);
    }

    /**
     * Parses every YAML document of every {@code *.yaml} under {@code calico-cni-config/} and
     * {@code k8s-manifests/} (files in name order) and keeps the Calico kinds; other kinds are ignored.
     *
     * @throws NetnsConfigException naming the file (and document) for unreadable, malformed or unsupported input
     */
    public static CalicoResources read(Path renderedDir) {
        Path cni = renderedDir.resolve(RenderedPaths.CALICO_DIR);
        if (!Files.isDirectory(cni)) {
            throw new NetnsConfigException(cni + " does not exist: expected the rendered Calico resources there"
                    + " (run `lab render` first, or pass the rendered output folder)");
        }
        CalicoResourceParser b = new CalicoResourceParser();
        for (String dir : SCANNED_DIRS) {
            for (Path file : yamlFiles(renderedDir.resolve(dir))) {
                String text;
                try {
                    text = Files.readString(file);
                } catch (IOException e) {
                    throw new NetnsConfigException("cannot read " + file + ": " + e.getMessage(), e);
                }
                b.addFile(renderedDir.relativize(file).toString(), text);
            }
        }
        return b.build();
    }

    /** Same as {@link #read} for in-memory files (name for messages -> YAML text), in the given order. */
    public static CalicoResources parse(Map<String, String> filesByName) {
        CalicoResourceParser b = new CalicoResourceParser();
        filesByName.forEach(b::addFile);
        return b.build();
    }

    /** Pools pods take addresses from (allowedUses contains Workload). */
    public List<PoolDef> workloadPools() {
        return pools.stream().filter(PoolDef::workloadPool).toList();
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
