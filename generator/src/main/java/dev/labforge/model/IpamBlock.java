package dev.labforge.model;

/**
 * A Calico IPAM block affine to a node. {@code pinned} when the spec fixed it; otherwise chosen by
 * the planner (first free block of the pool in node order). {@code affinityName} is the
 * BlockAffinity resource name Calico gives it, e.g. k01-worker-192-168-42-192-26.
 */
public record IpamBlock(String cidr, String pool, boolean pinned, String affinityName) {
}
