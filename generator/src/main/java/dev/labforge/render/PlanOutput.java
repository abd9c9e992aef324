package dev.labforge.render;

import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * labforge/plan.yaml: what the generator decided that no Kubernetes or router file carries: the
 * IPAM blocks per node, the pods the embedded runtime creates, the checks. Read by the runtimes.
 */
public final class PlanOutput implements Output {
    static final String TEMPLATE = "labforge/plan.yaml.ftl";

    public record Block(String node, String cidr, String pool, boolean pinned) {
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        Map<String, Object> model = Views.model(lab);
        model.put("torPlatform", lab.tor().platform().id());
        model.put("blocks", blocks(lab));
        model.put("pods", lab.pods());
        model.put("pings", lab.expect().pings());
        return List.of(new RenderedFile(LabPaths.PLAN, catalog.render(TEMPLATE, model)));
    }

    static List<Block> blocks(Lab lab) {
        List<Block> out = new ArrayList<>();
        for (Node n : lab.cluster().nodes()) {
            for (IpamBlock b : n.blocks()) {
                out.add(new Block(n.name(), b.cidr(), b.pool(), b.pinned()));
            }
        }
        return List.copyOf(out);
    }
}
