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
        if (ctx.tor() == null || ctx.tor().asn() == null) {
            return;
        }
        long tor = ctx.tor().asn();
        long cluster = ctx.calicoAsn();
        String role = ctx.torRole();
        String rolePath = ctx.tor().role() == null ? "tor" : "tor.role";
        String clusterAs = ctx.calico() == null || ctx.calico().asn() == null ? cluster + " (Calico's default)" : String.valueOf(cluster);
        if ("route-reflector".equals(role) && tor != cluster) {
            out.error("E-RR-ASN", rolePath, ctx.at(rolePath),
                    "ToR " + ctx.tor().name() + " is a route reflector" + (ctx.tor().role() == null ? " (the default role)" : "")
                            + " in AS " + tor + " but the cluster is AS " + clusterAs,
                    "route reflection is iBGP only: set tor.asn to " + cluster + " (same as calico.asn), "
                            + "or use role: peer for an eBGP ToR");
        }
        if ("peer".equals(role) && tor == cluster && !ctx.nodeToNodeMesh()) {
            out.warn("W-IBGP-NO-MESH", rolePath, ctx.at(rolePath),
                    "ToR " + ctx.tor().name() + " is a plain iBGP peer (AS " + tor + ") and the node-to-node mesh is off",
                    "an iBGP speaker does not re-advertise routes learned from one iBGP peer to another, so nodes will not "
                            + "learn each other's routes; use role: route-reflector, turn nodeToNodeMesh on, or use a different ToR AS (eBGP)");
        }
    }
}
