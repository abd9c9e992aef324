package dev.labforge.spec;

/** A Service in front of a workload. {@code type}: ClusterIP | LoadBalancer (default ClusterIP). */
public record ServiceSpec(String name, String type, Integer port) {
}
