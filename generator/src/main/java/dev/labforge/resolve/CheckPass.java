package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.PingCheck;
import dev.labforge.model.Lab;
import dev.labforge.spec.ExpectSpec;
import dev.labforge.spec.PingExpectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check `lab verify` makes, as data: the rules below derive them from the resolved lab, in the
 * order verify reports them, then the author's {@code expect:} entries are applied. An author entry
 * with the key of a derived check replaces it in place; other entries are added after the derived
 * checks of their type.
 */
final class CheckPass {

    /** One check type's derivation. */
    interface Rule {
        List<Check> derive(Lab lab);
    }

    private static final List<Rule> RULES = List.of(
            new BgpCheckRule(),    // sessions on the ToR (and absences), then on the nodes
            new RouteCheckRule(),  // ToR routes, then node routes
            new PingCheckRule());  // the ping matrix

    private CheckPass() {
    }

    static List<Check> resolve(ExpectSpec spec, Lab lab) {
        boolean derive = spec == null || spec.derive() == null || spec.derive();
        Map<String, Check> checks = new LinkedHashMap<>();
        if (derive) {
            for (Rule rule : RULES) {
                for (Check c : rule.derive(lab)) {
                    checks.putIfAbsent(c.key(), c);
                }
            }
        }
        for (Check authored : authored(spec, checks)) {
            checks.put(authored.key(), authored);
        }
        return List.copyOf(checks.values());
    }

    /** The author's entries, each completed from the derived check it replaces where it leaves a field out. */
    private static List<Check> authored(ExpectSpec spec, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        if (spec == null || spec.ping() == null) {
            return out;
        }
        for (PingExpectSpec p : spec.ping()) {
            Check previous = derived.get(new PingCheck(p.from(), p.to(), null, true, false).key());
            Integer ttl = p.ttl() != null ? p.ttl() : previous instanceof PingCheck prev ? prev.ttl() : null;
            boolean reachable = p.reachable() == null || p.reachable();
            out.add(new PingCheck(p.from(), p.to(), ttl, reachable, false));
        }
        return out;
    }
}
