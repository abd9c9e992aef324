package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.VlanSpec;
import java.util.regex.Pattern;

/**
 * Text that lands in the router config: VLAN and peer-group names are single words in EOS and FRR,
 * and the peer description is written inside double quotes. The Calico version picks manifests by tag.
 */
final class RouterTextRule implements Rule {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,31}");
    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+\\.\\d+");

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (VlanSpec v : ctx.vlans()) {
            word(ctx, out, SpecPaths.vlanPath(v) + ".name", "VLAN name", v.name());
        }
        if (ctx.tor() != null) {
            word(ctx, out, "tor.peerGroup", "peer group name", ctx.tor().peerGroup());
            String d = ctx.tor().peerDescription();
            if (d != null && (d.contains("\"") || d.length() > 80)) {
                out.error("E-DESCRIPTION", "tor.peerDescription", ctx.at("tor.peerDescription"),
                        "peer description '" + d + "' " + (d.contains("\"") ? "contains a double quote" : "is longer than 80 characters"),
                        "the router config writes it inside double quotes; use up to 80 characters without \"");
            }
        }
        if (ctx.calico() != null && ctx.calico().version() != null && !VERSION.matcher(ctx.calico().version()).matches()) {
            out.error("E-VERSION", "calico.version", ctx.at("calico.version"),
                    "'" + ctx.calico().version() + "' is not a Calico release tag",
                    "write the tag of a release, e.g. v3.30.0 (manifests are fetched by tag)");
        }
    }

    private static void word(ValidationContext ctx, Diagnostics out, String path, String what, String value) {
        if (value != null && !WORD.matcher(value).matches()) {
            out.error("E-NAME", path, ctx.at(path), what + " '" + value + "' is not a single word of at most 32 characters",
                    "the router config takes it as one word: letters, digits and _ . : -, starting with a letter or digit, "
                            + "e.g. " + value.replaceAll("[^A-Za-z0-9_.:-]+", "-").replaceAll("^-+|-+$", ""));
        }
    }
}
