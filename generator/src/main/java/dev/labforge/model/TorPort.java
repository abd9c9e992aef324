package dev.labforge.model;

/**
 * A ToR front-panel port: index n (1-based), the containerlab endpoint name (eth&lt;n&gt;), the
 * router's name for it (Ethernet&lt;n&gt; on cEOS, eth&lt;n&gt; on FRR), the node and its VLAN.
 */
public record TorPort(int index, String clabInterface, String routerInterface, String node, int vlan) {
}
