package dev.labforge.validate;

import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;

/** Why a ToR runs no BGP and how it would, in the words the BGP rules' messages and hints use. */
final class TorBgp {
    private TorBgp() {
    }

    /** {@code platform linux} or {@code tor.bgp: false}; null when it runs BGP (or the platform is unknown). */
    static String whyNot(ValidationContext ctx) {
        TorPlatform p = ctx.torPlatform();
        if (p != null && !p.runsBgp()) {
            return "platform " + p.id();
        }
        return ctx.tor() != null && Boolean.FALSE.equals(ctx.tor().bgp()) ? "tor.bgp: false" : null;
    }

    /** Another platform, or tor.bgp back on. */
    static String howTo(ValidationContext ctx) {
        TorPlatform p = ctx.torPlatform();
        if (p != null && !p.runsBgp()) {
            return "use platform: " + TorPlatforms.bgpIds() + " for BGP";
        }
        return "set tor.bgp: true for BGP";
    }
}
