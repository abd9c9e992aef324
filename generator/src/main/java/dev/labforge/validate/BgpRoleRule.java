package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;

/**
 * A route reflector only reflects between iBGP clients, so the ToR must share the cluster's AS.
 * A plain iBGP peer does not pass routes between its peers, so without the node mesh the nodes
 * never learn each other's blocks.
 */
final class BgpRoleRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.tor() == null || ctx.calico() == null || ctx.tor().asn() == null || ctx.calico().asn() == null) {
            return;
        }
        long tor = ctx.tor().asn();
        long cluster = ctx.calico().asn();
        if ("route-reflector".equals(ctx.tor().role()) && tor != cluster) {
            out.error("E-RR-ASN", "tor.role", ctx.at("tor.role"),
                    "ToR " + ctx.tor().name() + " is a route reflector in AS " + tor + " but the cluster is AS " + cluster,
                    "route reflection is iBGP only: set tor.asn to " + cluster + " (same as calico.asn), "
                            + "or use role: peer for an eBGP ToR");
        }
        boolean mesh = ctx.calico().nodeToNodeMesh() == null || ctx.calico().nodeToNodeMesh();
        if ("peer".equals(ctx.tor().role()) && tor == cluster && !mesh) {
            out.warn("W-IBGP-NO-MESH", "tor.role", ctx.at("tor.role"),
                    "ToR " + ctx.tor().name() + " is a plain iBGP peer (AS " + tor + ") and the node-to-node mesh is off",
                    "an iBGP speaker does not re-advertise routes learned from one iBGP peer to another, so nodes will not "
                            + "learn each other's routes; use role: route-reflector, turn nodeToNodeMesh on, or use a different ToR AS (eBGP)");
        }
    }
}
