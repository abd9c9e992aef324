package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.CheckTypes;
import dev.labforge.model.Lab;
import dev.labforge.spec.ExpectSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check `lab verify` makes, as data: the rules below derive them from the resolved lab, in the
 * order verify reports them; then {@code expect: remove:} drops derived checks by name, and each rule
 * turns the author's entries of its type into checks. An author entry with the key of a derived check
 * replaces it in place; other entries follow the checks of their type.
 */
final class CheckPass {

    /** One check type: its derivation and its author entries under {@code expect.<type>}. */
    interface Rule {
        List<Check> derive(Lab lab);

        /** The author's entries of this type, each completed from the derived check it replaces ({@code derived} by key). */
        List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived);
    }

    private static final List<Rule> RULES = List.of(
            new LinkCheckRule(),      // ToR ports, then the nodes' links to the ToR
            new BgpCheckRule(),       // sessions on the ToR (and absences), then on the nodes
            new RouteCheckRule(),     // ToR routes, then node routes (BGP's, then Felix's)
            new CommunityCheckRule(), // communities on the ToR's routes to the nodes' blocks
            new MtuCheckRule(),       // interface MTUs the lab decides
            new AddressCheckRule(),   // VTEP addresses
            new PingCheckRule(),      // the ping matrix
            new PodAddressCheckRule()); // fixed pod addresses; dynamic ones outside the reservations

    private CheckPass() {
    }

    static List<Check> resolve(ExpectSpec spec, Lab lab) {
        boolean derive = spec == null || spec.derive() == null || spec.derive();
        Map<String, Check> derived = new LinkedHashMap<>();
        if (derive) {
            for (Rule rule : RULES) {
                for (Check c : rule.derive(lab)) {
                    derived.putIfAbsent(c.key(), c);
                }
            }
        }
        Map<String, Check> checks = new LinkedHashMap<>(derived);
        if (spec != null && spec.remove() != null) {
            Set<String> names = Set.copyOf(spec.remove());
            checks.values().removeIf(c -> names.contains(c.name()));
        }
        Map<String, Check> added = new LinkedHashMap<>();
        if (spec != null) {
            for (Rule rule : RULES) {
                for (Check c : rule.authored(spec, lab, derived)) {
                    if (checks.containsKey(c.key())) {
                        checks.put(c.key(), c);
                    } else {
                        added.put(c.key(), c);
                    }
                }
            }
        }
        return inTypeOrder(checks.values(), added.values());
    }

    /** Derived (and replaced) checks of each type, then the added ones of that type; types in CheckTypes order. */
    private static List<Check> inTypeOrder(java.util.Collection<Check> kept, java.util.Collection<Check> added) {
        List<Check> out = new ArrayList<>();
        for (String type : CheckTypes.ids()) {
            kept.stream().filter(c -> c.type().equals(type)).forEach(out::add);
            added.stream().filter(c -> c.type().equals(type)).forEach(out::add);
        }
        return List.copyOf(out);
    }
}
