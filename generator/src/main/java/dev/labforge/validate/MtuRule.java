package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;

/** ToR MTU in 68..9216 (the largest cEOS/Linux bridge jumbo frame); node MTU in range and not above the ToR's. */
final class MtuRule implements Rule {
    static final int MIN = 68;
    static final int MAX = 9216;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        Integer tor = ctx.tor() == null ? null : ctx.tor().mtu();
        Integer node = ctx.cluster() == null ? null : ctx.cluster().mtu();
        boolean torOk = tor == null || range(ctx, out, "tor.mtu", tor);
        boolean nodeOk = node == null || range(ctx, out, "cluster.mtu", node);
        if (tor != null && node != null && torOk && nodeOk && node > tor) {
            out.error("E-MTU", "cluster.mtu", ctx.at("cluster.mtu"),
                    "node MTU " + node + " is larger than the ToR's MTU " + tor,
                    "nodes send frames the ToR drops; use a node MTU of at most " + tor + " (tor.mtu)");
        }
    }

    private static boolean range(ValidationContext ctx, Diagnostics out, String path, int mtu) {
        if (mtu < MIN || mtu > MAX) {
            out.error("E-MTU", path, ctx.at(path), "MTU " + mtu + " is out of range", "use an MTU between " + MIN + " and " + MAX);
            return false;
        }
        return true;
    }
}
