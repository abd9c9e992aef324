package dev.labforge.model;

/**
 * A planned pod: {@code <workload>@<node>} in checks and exec. Its address is taken from the node's
 * first block in workload order starting at the block's second address (the first one, the network
 * address, Calico usually hands to something else first; the seed's multitool-1 pods are .193/.129).
 *
 * @param name    {@code <workload>-<node>}, unique in the lab
 * @param ip6     its IPv6 address in a cluster with IPv6 (same host number in the node's IPv6 block), else null
 */
public record Pod(String name, String workload, String node, String ip, String ip6) {

    /** A pod with an IPv4 address only. */
    public Pod(String name, String workload, String node, String ip) {
        this(name, workload, node, ip, null);
    }

    /** How checks and `lab exec` name it. */
    public String endpoint() {
        return workload + "@" + node;
    }
}
