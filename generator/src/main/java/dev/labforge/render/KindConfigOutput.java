package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Cluster;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * &lt;cluster&gt;.kind.yaml: the kind Cluster containerlab's k8s-kind node creates. No default CNI
 * (Calico is installed later); per node its eth1 address as kubelet node-ip and its labels, set
 * through kubeadm patches (InitConfiguration for the first control plane, JoinConfiguration for
 * the others); the first control plane also advertises its API server on that address.
 */
public final class KindConfigOutput implements Output {
    static final String TEMPLATE = "kind/cluster.kind.yaml.ftl";

    /**
     * One kind node. {@code image} is repeated on each node so the file also works with plain
     * {@code kind create cluster}; containerlab's node image overrides it with the same value.
     *
     * @param kubeadmKind InitConfiguration or JoinConfiguration
     * @param apiServer   true for the node whose API server address and certSANs are set
     */
    public record KindNode(String name, String role, String image, String kubeadmKind, String ip, String nodeLabels,
                           boolean apiServer, List<String> certSans, String advertiseAddress) {
    }

    @Override
    public String id() {
        return "kind";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        Cluster cluster = lab.cluster();
        Map<String, Object> model = Views.model(lab);
        model.put("cluster", cluster);
        model.put("nodes", nodes(cluster));
        return List.of(new RenderedFile(RenderedPaths.kindConfig(cluster), catalog.render(TEMPLATE, model)));
    }

    static List<KindNode> nodes(Cluster cluster) {
        List<KindNode> out = new ArrayList<>();
        boolean initDone = false;
        for (Node n : cluster.nodes()) {
            boolean init = n.controlPlane() && !initDone;
            initDone |= init;
            // kubelet's node-ip: IPv4, IPv6, or both comma-separated (dual); the API server stays on the first
            String nodeIp = !cluster.hasIpv6() ? n.ip() : cluster.hasIpv4() ? n.ip() + "," + n.ip6() : n.ip6();
            String api = cluster.hasIpv4() ? n.ip() : n.ip6();
            out.add(new KindNode(n.name(), n.role(), cluster.image(),
                    init ? "InitConfiguration" : "JoinConfiguration", nodeIp, n.nodeLabelsArg(),
                    init, init ? List.of("127.0.0.1", api) : List.of(), api));
        }
        return List.copyOf(out);
    }
}
