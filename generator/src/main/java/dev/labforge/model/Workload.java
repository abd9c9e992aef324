package dev.labforge.model;

import java.util.List;

/**
 * A test workload.
 *
 * @param kind      DaemonSet, Deployment or Pod
 * @param nodes     where its pods run in the embedded runtime: every node it tolerates for a
 *                  DaemonSet, the first {@code replicas} workers for a Deployment, its node for a Pod
 * @param service   null when none
 * @param command   the container's command; empty: the image's own entrypoint
 * @param fixedIp   a Pod's fixed address (Calico's ipAddrs annotation); null: Calico IPAM picks one
 */
public record Workload(
        String name,
        String kind,
        String image,
        int replicas,
        boolean controlPlane,
        List<String> nodes,
        Service service,
        List<String> command,
        String fixedIp) {

    public static final String DAEMON_SET = "DaemonSet";
    public static final String DEPLOYMENT = "Deployment";
    public static final String POD = "Pod";

    public Workload {
        nodes = List.copyOf(nodes);
        command = command == null ? List.of() : List.copyOf(command);
    }

    /** Without a command of its own. */
    public Workload(String name, String kind, String image, int replicas, boolean controlPlane, List<String> nodes,
            Service service) {
        this(name, kind, image, replicas, controlPlane, nodes, service, List.of(), null);
    }

    /** Without a fixed address. */
    public Workload(String name, String kind, String image, int replicas, boolean controlPlane, List<String> nodes,
            Service service, List<String> command) {
        this(name, kind, image, replicas, controlPlane, nodes, service, command, null);
    }

    public boolean daemonSet() {
        return DAEMON_SET.equals(kind);
    }

    /** A single pod on a named node. */
    public boolean pod() {
        return POD.equals(kind);
    }

    /** Whether its pods' nodes are fixed, so checks can name them as {@code <workload>@<node>}. */
    public boolean placedOnNodes() {
        return daemonSet() || pod();
    }
}
