package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Cluster;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * &lt;cluster&gt;.kind.yaml: the kind Cluster containerlab's k8s-kind node creates. No default CNI
 * (Calico is installed later). Behind a ToR, per node its eth1 address as kubelet node-ip and its labels,
 * set through kubeadm patches (InitConfiguration for the first control plane, JoinConfiguration for
 * the others), and the first control plane advertises its API server on that address. On the flat network
 * of a lab without a ToR the nodes keep the address Docker gives them, so only labels need a patch.
 */
public final class KindConfigOutput implements Output {
    static final String TEMPLATE = "kind/cluster.kind.yaml.ftl";

    /**
     * One kind node. {@code image} is repeated on each node so the file also works with plain
     * {@code kind create cluster}; containerlab's node image overrides it with the same value.
     *
     * @param kubeadmKind InitConfiguration or JoinConfiguration
     * @param kubeletArgs kubeletExtraArgs in order (node-ip, node-labels); empty: no patch for kubelet
     * @param apiServer   true for the node whose API server address and certSANs are set
     */
    public record KindNode(String name, String role, String image, String kubeadmKind, Map<String, String> kubeletArgs,
                           boolean apiServer, String ip, List<String> certSans) {
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
        model.put("nodes", nodes(cluster, lab.tor().isPresent()));
        return List.of(new RenderedFile(RenderedPaths.kindConfig(cluster), catalog.render(TEMPLATE, model)));
    }

    /** {@code addressed}: the nodes' addresses are labforge's (eth1 behind a ToR), so kubelet and the API server use them. */
    static List<KindNode> nodes(Cluster cluster, boolean addressed) {
        List<KindNode> out = new ArrayList<>();
        boolean initDone = false;
        for (Node n : cluster.nodes()) {
            boolean init = n.controlPlane() && !initDone;
            initDone |= init;
            Map<String, String> kubelet = new LinkedHashMap<>();
            if (addressed) {
                kubelet.put("node-ip", n.ip());
            }
            if (!n.labels().isEmpty()) {
                kubelet.put("node-labels", n.nodeLabelsArg());
            }
            boolean apiServer = init && addressed;
            out.add(new KindNode(n.name(), n.role(), cluster.image(), init ? "InitConfiguration" : "JoinConfiguration",
                    java.util.Collections.unmodifiableMap(kubelet), apiServer, n.ip(),
                    apiServer ? List.of("127.0.0.1", n.ip()) : List.of()));
        }
        return List.copyOf(out);
    }
}
