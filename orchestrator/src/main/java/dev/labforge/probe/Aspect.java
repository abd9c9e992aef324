package dev.labforge.probe;

/** A part of a target's state that a snapshot reads. */
public enum Aspect {
    /** BGP sessions as the target's daemon sees them (FRR summary, BIRD protocols, CalicoNodeStatus). */
    BGP,
    /** The kernel IPv4 routing table: what forwards packets. */
    ROUTES,
    /** The BGP paths of some prefixes with their communities (the ToR's BGP table). */
    BGP_PREFIXES,
    /** The interfaces with their MTU, state and IPv4 addresses (the ToR, a node or a pod). */
    INTERFACES
}
