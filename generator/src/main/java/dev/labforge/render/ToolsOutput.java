package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Service;
import dev.labforge.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * tools/&lt;workload&gt;.yaml: each test workload (DaemonSet, Deployment or Pod), followed by its ClusterIP
 * service. A Pod is bound to its node by {@code nodeName}: no scheduler decision, no toleration needed on
 * the control plane, and the same placement as the plan's (the series' preferred affinity is only a wish).
 */
public final class ToolsOutput implements Output {
    static final String DAEMONSET = "tools/daemonset.yaml.ftl";
    static final String DEPLOYMENT = "tools/deployment.yaml.ftl";
    static final String POD = "tools/pod.yaml.ftl";
    /** Both workload images the labs use (network-multitool, nginx) serve HTTP on port 80. */
    static final int CONTAINER_PORT = 80;

    /**
     * @param app                  the pod label {@code app} (the workload name); services select on it
     * @param tolerateControlPlane schedule on control-plane nodes too (tolerates their NoSchedule taint)
     * @param nodeName             a Pod's node; empty for the other kinds
     * @param command              the container's command; empty: the image's entrypoint
     */
    public record WorkloadView(String name, String app, String image, int replicas, boolean tolerateControlPlane,
                               int containerPort, String nodeName, List<String> command) {
    }

    public record ServiceView(String name, String type, String app, int port, int targetPort) {
    }

    @Override
    public String id() {
        return "tools";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        List<RenderedFile> out = new ArrayList<>();
        for (Workload w : lab.workloads()) {
            Map<String, Object> model = Views.model(lab);
            model.put("workload", new WorkloadView(w.name(), w.name(), w.image(), w.replicas(), w.controlPlane(), CONTAINER_PORT,
                    w.pod() ? w.nodes().get(0) : "", w.command()));
            model.put("annotations", annotations(w));
            String template = w.pod() ? POD : w.daemonSet() ? DAEMONSET : DEPLOYMENT;
            StringBuilder text = new StringBuilder(catalog.render(template, model));
            if (w.service() != null && !ManifestsOutput.isLoadBalancer(w)) {
                text.append("---\n").append(service(lab, w, catalog));
            }
            out.add(new RenderedFile(RenderedPaths.workload(w), text.toString()));
        }
        return List.copyOf(out);
    }

    /** Calico's CNI plugin asks IPAM for exactly the addresses a pod's ipAddrs annotation lists (a JSON list in a string). */
    static final String IP_ADDRS_ANNOTATION = "cni.projectcalico.org/ipAddrs";

    /** The pod's annotations: its fixed address, if it has one. */
    static Map<String, String> annotations(Workload w) {
        return w.fixedIp() == null ? Map.of() : Map.of(IP_ADDRS_ANNOTATION, "[\"" + w.fixedIp() + "\"]");
    }

    /** A workload's Service (LoadBalancer ones are written to k8s-manifests/ by {@link ManifestsOutput}). */
    static String service(Lab lab, Workload w, TemplateCatalog catalog) {
        Service s = w.service();
        Map<String, Object> model = Views.model(lab);
        model.put("service", new ServiceView(s.name(), s.type(), w.name(), s.port(), CONTAINER_PORT));
        return catalog.render(ManifestsOutput.SERVICE, model);
    }
}
