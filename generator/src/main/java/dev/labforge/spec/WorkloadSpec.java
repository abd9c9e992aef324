package dev.labforge.spec;

import java.util.List;

/**
 * A test workload. {@code kind} is DaemonSet, Deployment or Pod. DaemonSets tolerate the control-plane
 * taint unless {@code controlPlane: false}. {@code replicas} only for Deployments (default 2).
 * {@code node} only for Pods, and required there: the node the pod runs on. {@code command} replaces
 * the image's entrypoint (an image such as netshoot that exits at once otherwise needs one).
 * {@code ip} only for Pods: a fixed address (Calico's {@code cni.projectcalico.org/ipAddrs}); otherwise IPAM picks one.
 */
public record WorkloadSpec(
        String name,
        String kind,
        String image,
        Integer replicas,
        Boolean controlPlane,
        ServiceSpec service,
        String node,
        List<String> command,
        String ip) {

    /** Without a fixed address. */
    public WorkloadSpec(String name, String kind, String image, Integer replicas, Boolean controlPlane, ServiceSpec service,
            String node, List<String> command) {
        this(name, kind, image, replicas, controlPlane, service, node, command, null);
    }

    /** A DaemonSet or Deployment without node or command. */
    public WorkloadSpec(String name, String kind, String image, Integer replicas, Boolean controlPlane, ServiceSpec service) {
        this(name, kind, image, replicas, controlPlane, service, null, null, null);
    }

    /** A Pod on {@code node}. */
    public static WorkloadSpec pod(String name, String image, String node, List<String> command) {
        return new WorkloadSpec(name, "Pod", image, null, null, null, node, command, null);
    }
}
