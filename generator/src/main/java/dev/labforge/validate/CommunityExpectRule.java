package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.CommunityExpectSpec;
import java.util.List;

/**
 * {@code expect.community} entries: looked up in the ToR's BGP table (so the ToR must run BGP and
 * {@code on}, when written, must be it), a prefix, a known node, and valid communities.
 */
final class CommunityExpectRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.spec().expect() == null) {
            return;
        }
        List<CommunityExpectSpec> entries = ctx.spec().expect().entries(CommunityExpectSpec.KEY, CommunityExpectSpec.class);
        for (int i = 0; i < entries.size(); i++) {
            CommunityExpectSpec e = entries.get(i);
            String p = CheckTargets.entryPath(CommunityExpectSpec.KEY, i);
            if (!ctx.hasTor()) {
                out.error("E-NO-TOR", p, ctx.at(p), "communities are checked in the ToR's BGP table, and the lab has no ToR",
                        "remove the entry, or add a tor that runs BGP");
                continue;
            }
            if (!CheckTargets.torRunsBgp(ctx, out, p, "no BGP table to read communities in")) {
                continue;
            }
            if (e.on() != null && !CheckTargets.isTor(ctx, e.on())) {
                String op = p + ".on";
                out.error("E-CHECK-TARGET", op, ctx.at(op), "communities are checked in the ToR's BGP table, not on '" + e.on() + "'",
                        "leave on out (it is the ToR, " + CheckTargets.torName(ctx) + ")");
            }
            if (e.node() != null && CheckTargets.node(ctx, e.node()) == null) {
                String np = p + ".node";
                out.error("E-CHECK-TARGET", np, ctx.at(np), "'" + e.node() + "' is not a node",
                        "name the node that exports the prefix: " + CheckTargets.nodeNames(ctx) + ", or leave node out");
            }
            CidrRule.prefix(ctx, out, p + ".prefix", e.prefix());
            if (e.communities() != null && e.communities().isEmpty()) {
                String cp = p + ".communities";
                out.error("E-COMMUNITY", cp, ctx.at(cp), "the list of communities the route must carry is empty",
                        "write at least one, e.g. communities: [\"65010:100\"]");
            }
            CommunityRule.communities(ctx, out, p + ".communities", e.communities());
        }
    }
}
