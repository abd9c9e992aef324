package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.PrefixAdvertisementSpec;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BGP communities: standard {@code AS:N} (16-bit parts) or large {@code AS:N:M} (32-bit parts). */
final class CommunityRule implements Rule {
    private static final Pattern SHAPE = Pattern.compile("(\\d+):(\\d+)(?::(\\d+))?");
    private static final BigInteger MAX16 = BigInteger.valueOf(65535);
    private static final BigInteger MAX32 = BigInteger.valueOf(4294967295L);

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<PrefixAdvertisementSpec> ads = ctx.prefixAdvertisements();
        for (int i = 0; i < ads.size(); i++) {
            communities(ctx, out, "calico.prefixAdvertisements[" + i + "].communities", ads.get(i).communities());
        }
    }

    /** Reports each community of the list at {@code path} that is not AS:N or AS:N:M within range. */
    static void communities(ValidationContext ctx, Diagnostics out, String path, List<String> values) {
        List<String> communities = SpecValues.nonNull(values);
        for (int j = 0; j < communities.size(); j++) {
            String c = communities.get(j);
            String p = path + "[" + j + "]";
            Matcher m = SHAPE.matcher(c);
            if (!m.matches()) {
                out.error("E-COMMUNITY", p, ctx.at(p), "'" + c + "' is not a BGP community",
                        "write AS:N (standard, e.g. 65010:100) or AS:N:M (large, e.g. 65010:1:100), digits only");
                continue;
            }
            boolean large = m.group(3) != null;
            BigInteger max = large ? MAX32 : MAX16;
            for (int g = 1; g <= (large ? 3 : 2); g++) {
                if (new BigInteger(m.group(g)).compareTo(max) > 0) {
                    out.error("E-COMMUNITY", p, ctx.at(p), "part " + m.group(g) + " of community '" + c + "' is out of range",
                            large ? "each part of a large community is 0..4294967295"
                                    : "each part of a standard community is 0..65535; use AS:N:M for 32-bit AS numbers");
                    break;
                }
            }
        }
    }
}
