package dev.labforge.render;

import dev.labforge.model.Lab;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a resolved lab to files. Pure: returns the files, writes nothing. The order is fixed
 * (outputs in the order below, each in its own stable order), so two renders compare equal.
 */
public final class Renderer {
    private static final List<Output> OUTPUTS = List.of(
            new ClabTopologyOutput(),   // topology.clab.yaml
            new KindConfigOutput(),     // <cluster>.kind.yaml
            new StartupConfigOutput(),  // startup-configs/...
            new CalicoOutput(),         // calico-cni-config/...
            new ManifestsOutput(),      // k8s-manifests/...
            new ToolsOutput(),          // tools/...
            new PlanOutput(),           // labforge/plan.yaml
            new LabReadmeOutput());     // README.md

    private Renderer() {
    }

    public static List<Output> outputs() {
        return OUTPUTS;
    }

    public static List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        List<RenderedFile> files = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (Output output : OUTPUTS) {
            for (RenderedFile f : output.render(lab, catalog)) {
                if (!paths.add(f.path())) {
                    throw new IllegalStateException("two rendered files share the path " + f.path()
                            + " (the second from output '" + output.id() + "'); rename one of the resources in lab.yaml");
                }
                files.add(f);
            }
        }
        return List.copyOf(files);
    }
}
