package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.resolve.Defaults;

/** ToR MTU in 68..9216 (cEOS's largest); node MTU in range and, behind a ToR, not above its MTU (both default to 1500). */
final class MtuRule implements Rule {
    static final int MIN = 68;
    static final int MAX = 9216;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        Integer tor = ctx.tor() == null ? null : ctx.tor().mtu();
        Integer node = ctx.cluster() == null ? null : ctx.cluster().mtu();
        boolean torOk = tor == null || range(ctx, out, "tor.mtu", tor);
        boolean nodeOk = node == null || range(ctx, out, "cluster.mtu", node);
        int torMtu = tor == null ? Defaults.TOR_MTU : tor;
        int nodeMtu = node == null ? Defaults.NODE_MTU : node;
        if (ctx.hasTor() && torOk && nodeOk && nodeMtu > torMtu) {
            String path = node == null ? "cluster" : "cluster.mtu";
            out.error("E-MTU", path, ctx.at(path),
                    "node MTU " + nodeMtu + (node == null ? " (the default)" : "") + " is larger than the ToR's MTU " + torMtu
                            + (tor == null ? " (the default)" : ""),
                    "nodes would send frames the ToR drops; set tor.mtu to at least " + nodeMtu
                            + " or cluster.mtu to at most " + torMtu);
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
