package dev.labforge.spec;

/**
 * A test workload. {@code kind} is DaemonSet or Deployment. DaemonSets tolerate the control-plane
 * taint unless {@code controlPlane: false}. {@code replicas} only for Deployments (default 2).
 */
public record WorkloadSpec(
        String name,
        String kind,
        String image,
        Integer replicas,
        Boolean controlPlane,
        ServiceSpec service) {
}
