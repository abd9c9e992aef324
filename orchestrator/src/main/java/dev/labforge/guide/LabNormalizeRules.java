package dev.labforge.guide;

import dev.labforge.check.RouteCheck;
import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.normalize.NormalizeRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the lab itself says may vary: a route the plan allows via any of several next hops (the LoadBalancer
 * range, advertised by every peering node) may point to another of them after a redeploy, and with it out of
 * another interface. On a line that names such a prefix, any of its next hops reads the same.
 */
final class LabNormalizeRules {
    private LabNormalizeRules() {
    }

    static List<NormalizeRule> of(GuideContext ctx) {
        List<NormalizeRule> rules = new ArrayList<>();
        for (RouteCheck r : ctx.checks(RouteCheck.class)) {
            if (r.kind() != RouteCheck.Kind.VIA || r.via().size() < 2) {
                continue;
            }
            String hops = String.join("|", r.via().stream().map(Pattern::quote).toList());
            String regex = "^(.*" + Pattern.quote(r.prefix()) + "(?![\\d/]).*?)\\bvia (?:" + hops + ")\\b(, [A-Za-z][\\w.-]*)?";
            rules.add(NormalizeRule.of("plan", r.prefix() + " via any of " + r.via(), regex,
                    "$1via <one of " + r.via().size() + " next hops>"));
        }
        return rules;
    }
}
