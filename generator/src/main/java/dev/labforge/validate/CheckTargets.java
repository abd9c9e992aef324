package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import java.util.stream.Collectors;

/** What the {@code expect:} entries of each check type share: which router or node a check looks at. */
final class CheckTargets {
    private CheckTargets() {
    }

    /** True when {@code on} is the ToR or a node; otherwise reports E-CHECK-TARGET at {@code path}. */
    static boolean torOrNode(ValidationContext ctx, Diagnostics out, String path, String on) {
        if (on == null || isTor(ctx, on) || node(ctx, on) != null) {
            return on != null;
        }
        out.error("E-CHECK-TARGET", path, ctx.at(path), "'" + on + "' is not " + (ctx.hasTor() ? "the ToR or a node" : "a node"),
                ctx.hasTor() ? "use the ToR (" + torName(ctx) + ") or a node (" + nodeNames(ctx) + ")"
                        : "the lab has no ToR; use a node (" + nodeNames(ctx) + ")");
        return false;
    }

    static boolean isTor(ValidationContext ctx, String name) {
        return name != null && name.equals(torName(ctx));
    }

    static NodeSpec node(ValidationContext ctx, String name) {
        return ctx.nodes().stream().filter(n -> n.name() != null && n.name().equals(name)).findFirst().orElse(null);
    }

    /** The ToR's name, or null in a lab without one. */
    static String torName(ValidationContext ctx) {
        return ctx.tor() == null ? null : ctx.tor().name();
    }

    static String nodeNames(ValidationContext ctx) {
        return ctx.nodes().stream().map(NodeSpec::name).collect(Collectors.joining(", "));
    }

    /** The path of entry i under expect.&lt;key&gt;. */
    static String entryPath(String key, int i) {
        return "expect." + key + "[" + i + "]";
    }

    /** A BGP check against a ToR that runs no BGP: E-TOR-NO-BGP, once per entry. */
    static boolean torRunsBgp(ValidationContext ctx, Diagnostics out, String path, String what) {
        if (ctx.torRunsBgp()) {
            return true;
        }
        out.error("E-TOR-NO-BGP", path, ctx.at(path), "the ToR " + torName(ctx) + " runs no BGP (platform "
                + ctx.torPlatform().id() + "), so there is " + what, "remove the entry; route and ping checks work on any ToR");
        return false;
    }
}
