package dev.labforge.check;

/** A check of one interface of the ToR, a node or a pod: what its evaluators look it up by. */
public interface InterfaceCheck extends Check {

    /** The ToR, node or pod ({@code <workload>@<node>}) the interface belongs to. */
    String on();

    Side side();

    /** The interface's name as the target names it (Vlan10 on cEOS, eth1, vxlan.calico). */
    String iface();
}
