package dev.labforge.model;

import java.util.List;

/**
 * A test workload.
 *
 * @param kind      DaemonSet or Deployment
 * @param nodes     where its pods run in the embedded runtime: every node it tolerates for a
 *                  DaemonSet, the first {@code replicas} workers for a Deployment
 * @param service   null when none
 */
public record Workload(
        String name,
        String kind,
        String image,
        int replicas,
        boolean controlPlane,
        List<String> nodes,
        Service service) {

    public boolean daemonSet() {
        return "DaemonSet".equals(kind);
    }
}
