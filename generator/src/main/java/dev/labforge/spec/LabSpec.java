package dev.labforge.spec;

import java.util.List;

/**
 * A lab exactly as the author wrote it in {@code lab.yaml}. Every field may be null when the author
 * left it out; defaults are applied by the resolver, never here. See docs/spec.md for the format.
 * {@code tor} is null for a lab without a top-of-rack router: its nodes sit on one flat network.
 *
 * @param guide the lab's student guide, a path relative to the lab folder (`lab guide`, `lab test`);
 *              null means GUIDE.md when the folder has one. Nothing is rendered from it.
 */
public record LabSpec(
        String name,
        String title,
        TorSpec tor,
        ClusterSpec cluster,
        CalicoSpec calico,
        List<WorkloadSpec> workloads,
        ExpectSpec expect,
        String guide) {

    /** A lab without a guide path (the default guide file applies). */
    public LabSpec(String name, String title, TorSpec tor, ClusterSpec cluster, CalicoSpec calico,
            List<WorkloadSpec> workloads, ExpectSpec expect) {
        this(name, title, tor, cluster, calico, workloads, expect, null);
    }
}
