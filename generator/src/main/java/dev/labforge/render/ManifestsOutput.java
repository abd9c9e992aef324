package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.LoadBalancerPool;
import dev.labforge.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * k8s-manifests/: the Calico IP pool(s) LoadBalancer services take addresses from (one per
 * serviceLoadBalancerIPs CIDR) and every LoadBalancer service. ClusterIP services go with their
 * workload under tools/.
 */
public final class ManifestsOutput implements Output {
    static final String LB_IPPOOL = "k8s/lb-ippool.yaml.ftl";
    static final String SERVICE = "k8s/service.yaml.ftl";
    static final String LOAD_BALANCER = "LoadBalancer";

    /**
     * A LoadBalancer IPPool. Written as a v1 CRD, which gets none of the v3 API's defaulting, so
     * every field that matters is explicit.
     */
    public record LbPool(String name, String cidr, int blockSize, boolean natOutgoing, String nodeSelector,
                         String assignmentMode, List<String> allowedUses) {
    }

    @Override
    public String id() {
        return "manifests";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        List<RenderedFile> out = new ArrayList<>();
        List<LoadBalancerPool> pools = lab.calico().loadBalancerPools();
        if (!pools.isEmpty()) {
            Map<String, Object> model = Views.model(lab);
            model.put("pools", pools.stream().map(ManifestsOutput::lbPool).toList());
            out.add(new RenderedFile(RenderedPaths.LB_IPPOOL, catalog.render(LB_IPPOOL, model)));
        }
        for (Workload w : lab.workloads()) {
            if (isLoadBalancer(w)) {
                out.add(new RenderedFile(RenderedPaths.service(w.service()), ToolsOutput.service(lab, w, catalog)));
            }
        }
        return List.copyOf(out);
    }

    /** The paths this output writes for the lab. */
    static List<String> files(Lab lab) {
        List<String> out = new ArrayList<>();
        if (!lab.calico().loadBalancerPools().isEmpty()) {
            out.add(RenderedPaths.LB_IPPOOL);
        }
        for (Workload w : lab.workloads()) {
            if (isLoadBalancer(w)) {
                out.add(RenderedPaths.service(w.service()));
            }
        }
        return List.copyOf(out);
    }

    static boolean isLoadBalancer(Workload w) {
        return w.service() != null && LOAD_BALANCER.equals(w.service().type());
    }

    static LbPool lbPool(LoadBalancerPool p) {
        return new LbPool(p.name(), p.cidr(), p.blockSize(), p.natOutgoing(), "all()", "Automatic", List.of(LOAD_BALANCER));
    }
}
