package dev.labforge.testing;

import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.nio.file.Path;

/** Labs without a ToR, written as lab.yaml text and loaded and validated as `lab render` does. */
public final class FlatSpecs {
    private FlatSpecs() {
    }

    /** Three nodes on kind's network, a VXLANCrossSubnet pool, two DaemonSets (the series' pod-routing lab). */
    public static final String POD_ROUTING = """
            name: pod-routing
            cluster:
              name: pod-routing
              podSubnet: 192.168.0.0/16
              nodes:
                - {name: pod-routing-control-plane, role: control-plane}
                - {name: pod-routing-worker}
                - {name: pod-routing-worker2}
            calico:
              pools:
                - {cidr: 192.168.0.0/16, encapsulation: VXLANCrossSubnet}
            workloads:
              - {name: multitool-1, kind: DaemonSet, image: praqma/network-multitool}
              - {name: multitool-2, kind: DaemonSet, image: praqma/network-multitool}
            """;

    public static LabSpec podRouting() {
        return parse(POD_ROUTING);
    }

    /** A valid lab from its text; a validation error throws. */
    public static LabSpec parse(String yaml) {
        LoadedSpec loaded = new SpecLoader().parse(yaml, Path.of("flat.yaml"), "flat.yaml");
        new Validator().validateOrThrow(loaded);
        return loaded.spec();
    }
}
