package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.selector.Selector;
import dev.labforge.selector.SelectorSyntaxException;

/**
 * Pool and peer node selectors parse as Calico selectors. The error points at the character inside
 * the YAML value where parsing stopped (after the opening quote, across escapes).
 */
final class SelectorRule implements Rule {
    private static final String SYNTAX = "Calico selectors look like all(), !all(), has(bgp-peer), vlan == \"10\", "
            + "vlan in {\"10\", \"20\"}, joined with && and || (values must be quoted)";

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        var pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            check(ctx, out, SpecPaths.poolPath(i) + ".nodeSelector", pools.get(i).nodeSelector());
        }
        var peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            check(ctx, out, SpecPaths.peerPath(i) + ".nodeSelector", peers.get(i).nodeSelector());
        }
    }

    private static void check(ValidationContext ctx, Diagnostics out, String path, String selector) {
        if (selector == null) {
            return;
        }
        try {
            Selector.parse(selector);
        } catch (SelectorSyntaxException e) {
            out.error("E-SELECTOR", path, ctx.atInside(path, e.column()),
                    "selector '" + selector + "' does not parse at column " + (e.column() + 1) + ": " + e.reason(),
                    SYNTAX);
        }
    }
}
