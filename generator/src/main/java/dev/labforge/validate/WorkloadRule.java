package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;

/** Replicas only on Deployments (at least 1), controlPlane only on DaemonSets, service ports 1..65535. */
final class WorkloadRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<WorkloadSpec> ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            WorkloadSpec w = ws.get(i);
            String p = "workloads[" + i + "]";
            if (w.replicas() != null) {
                if ("DaemonSet".equals(w.kind())) {
                    out.error("E-REPLICAS", p + ".replicas", ctx.at(p + ".replicas"),
                            "DaemonSet " + w.name() + " has replicas, but a DaemonSet runs one pod per node",
                            "remove replicas, or make it kind: Deployment");
                } else if (w.replicas() < 1) {
                    out.error("E-REPLICAS", p + ".replicas", ctx.at(p + ".replicas"),
                            "replicas " + w.replicas() + " of " + w.name() + " is less than 1", "use 1 or more (default 2)");
                }
            }
            if (w.controlPlane() != null && "Deployment".equals(w.kind())) {
                out.error("E-CONTROL-PLANE-FLAG", p + ".controlPlane", ctx.at(p + ".controlPlane"),
                        "controlPlane is set on Deployment " + w.name(),
                        "controlPlane only applies to DaemonSets (whether they also run on the control-plane node); remove it");
            }
            if (w.service() != null && w.service().port() != null && (w.service().port() < 1 || w.service().port() > 65535)) {
                String sp = p + ".service.port";
                out.error("E-PORT", sp, ctx.at(sp), "port " + w.service().port() + " of service " + w.service().name()
                        + " is out of range", "use a TCP port 1..65535");
            }
        }
    }
}
