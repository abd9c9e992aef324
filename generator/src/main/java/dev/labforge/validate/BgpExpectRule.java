package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.BgpExpectSpec;
import java.util.List;

/**
 * {@code expect.bgp} entries: on the ToR or a node; the peer is a node (by name or address) seen from
 * the ToR, or the ToR or another node (a mesh peer; by name or address) seen from a node; prefixes only
 * on the ToR side of a session that must exist; remoteAs a valid AS.
 */
final class BgpExpectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<BgpExpectSpec> entries = ctx.spec().expect().entries(BgpExpectSpec.KEY, BgpExpectSpec.class);
        for (int i = 0; i < entries.size(); i++) {
            BgpExpectSpec e = entries.get(i);
            String p = CheckTargets.entryPath(BgpExpectSpec.KEY, i);
            if (!CheckTargets.torRunsBgp(ctx, out, p, "no BGP session to check")
                    || !CheckTargets.torOrNode(ctx, out, p + ".on", e.on())) {
                continue;
            }
            boolean onTor = CheckTargets.isTor(ctx, e.on());
            peer(ctx, out, p + ".peer", e.peer(), onTor);
            if (e.prefixes() != null) {
                String pp = p + ".prefixes";
                if (!onTor) {
                    out.error("E-CHECK-FIELD", pp, ctx.at(pp), "prefixes are counted on the ToR's side of a session, not on node "
                            + e.on(), ctx.hasTor() ? "move the entry to on: " + CheckTargets.torName(ctx) + " with the node as peer, or drop prefixes"
                                    : "the lab has no ToR; drop prefixes");
                } else if (Boolean.FALSE.equals(e.established())) {
                    out.error("E-CHECK-FIELD", pp, ctx.at(pp), "a session that must not exist receives no prefixes",
                            "drop prefixes, or drop established: false");
                } else if (e.prefixes() < 0) {
                    out.error("E-CHECK-FIELD", pp, ctx.at(pp), "prefixes " + e.prefixes() + " is negative", "write a count, 0 or more");
                }
            }
            if (e.remoteAs() != null && (e.remoteAs() < 1 || e.remoteAs() > AsnRule.MAX)) {
                String ap = p + ".remoteAs";
                out.error("E-ASN", ap, ctx.at(ap), "AS number " + e.remoteAs() + " is out of range", "use 1..4294967295");
            }
        }
    }

    private static void peer(ValidationContext ctx, Diagnostics out, String path, String peer, boolean onTor) {
        if (peer == null || ValidationContext.ip(peer) != null) {
            return;
        }
        if (onTor ? CheckTargets.node(ctx, peer) != null : CheckTargets.isTor(ctx, peer) || CheckTargets.node(ctx, peer) != null) {
            return;
        }
        out.error("E-CHECK-PEER", path, ctx.at(path), "'" + peer + "' is not " + (onTor ? "a node" : ctx.hasTor() ? "the ToR, a node" : "a node")
                        + " or an address",
                onTor ? "seen from the ToR the peer is a node: " + CheckTargets.nodeNames(ctx) + ", or its address"
                        : "seen from a node the peer is " + (ctx.hasTor() ? "the ToR (" + CheckTargets.torName(ctx)
                                + ", its gateway on the node's VLAN), " : "") + "another node (its mesh peer: "
                                + CheckTargets.nodeNames(ctx) + ") or an address");
    }
}
