package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Cluster;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.StaticRoute;
import dev.labforge.model.Tor;
import dev.labforge.platform.ConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * topology.clab.yaml: the ToR, the k8s-kind cluster node, one ext-container per kind node (whose
 * exec lines address eth1 and route to the other VLANs) and the ToR-to-node links. A lab without a
 * ToR has only the k8s-kind node: kind puts its nodes on its own Docker network.
 */
public final class ClabTopologyOutput implements Output {
    static final String TEMPLATE = "clab/topology.clab.yaml.ftl";
    /** Kind nodes cannot become Ready before Calico is installed, so containerlab must not wait for them. */
    static final String KIND_DEPLOY_WAIT = "0s";
    /** The node side of every ToR link, as containerlab names it inside the kind container. */
    static final String NODE_INTERFACE = "eth1";

    /**
     * The ToR node. {@code startupConfig} null for platforms configured through {@code binds};
     * {@code enforceStartupConfig} because cEOS otherwise keeps its old flash copy and silently
     * ignores an edited startup-config.
     */
    public record TorNode(String name, String kind, String image, String startupConfig, boolean enforceStartupConfig,
                          List<String> binds, Map<String, String> sysctls, List<String> exec) {
    }

    public record ClusterNode(String name, String image, String startupConfig, String deployWait) {
    }

    public record ExtNode(String name, List<String> exec) {
    }

    public record Link(String a, String b) {
    }

    @Override
    public String id() {
        return "clab";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        Map<String, Object> model = Views.model(lab);
        model.put("name", lab.name());
        Cluster cluster = lab.cluster();
        model.put("cluster", new ClusterNode(cluster.name(), cluster.image(), RenderedPaths.kindConfig(cluster), KIND_DEPLOY_WAIT));
        lab.tor().ifPresent(tor -> model.put("tor", torNode(tor)));
        model.put("nodes", lab.tor().isEmpty() ? List.of()
                : cluster.nodes().stream().map(n -> new ExtNode(n.name(), nodeExec(n, n.mtu()))).toList());
        model.put("links", lab.tor().map(ClabTopologyOutput::links).orElse(List.of()));
        return List.of(new RenderedFile(RenderedPaths.TOPOLOGY, catalog.render(TEMPLATE, model)));
    }

    /** One cable per ToR port, to the node's eth1. */
    static List<Link> links(Tor tor) {
        return tor.ports().stream().map(p -> new Link(tor.name() + ":" + p.clabInterface(), p.node() + ":" + NODE_INTERFACE))
                .toList();
    }

    static TorNode torNode(Tor tor) {
        String startupConfig = null;
        List<String> binds = new ArrayList<>();
        for (ConfigFile f : tor.platform().files(tor)) {
            if (f.mountPath() == null) {
                startupConfig = RenderedPaths.startupFile(f);
            } else {
                binds.add(RenderedPaths.startupFile(f) + ":" + f.mountPath());
            }
        }
        return new TorNode(tor.name(), tor.platform().clabKind(), tor.image(), startupConfig, startupConfig != null,
                List.copyOf(binds), tor.platform().sysctls(), tor.platform().exec(tor));
    }

    /** eth1 MTU, its address, and a route to every other VLAN via the node's gateway from its own address. */
    static List<String> nodeExec(Node node, int mtu) {
        List<String> exec = new ArrayList<>();
        exec.add("ip link set dev " + NODE_INTERFACE + " mtu " + mtu);
        exec.add("ip addr add dev " + NODE_INTERFACE + " " + node.ipCidr());
        for (StaticRoute r : node.routes()) {
            exec.add("ip route add " + r.destination() + " via " + r.via() + " src " + r.source());
        }
        return List.copyOf(exec);
    }
}
