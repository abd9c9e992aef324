package dev.labforge.validate;

import dev.labforge.diag.Diagnostic;
import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.LoadedSpec;
import java.util.List;

/**
 * Checks a loaded spec for everything that would make the rendered lab wrong or fail at deploy time.
 * Runs a fixed list of rules, never mutates the spec and never throws: every problem, including a
 * rule's own failure, becomes a diagnostic.
 */
public final class Validator {
    private static final List<Rule> DEFAULT_RULES = List.of(
            new CidrRule(),           // syntax of every prefix and address
            new NameRule(),           // DNS-1123 names, container name length
            new RouterTextRule(),     // names and text inside router configs, Calico version
            new ImageRule(),          // container image references
            new DuplicateNameRule(),  // unique names
            new KindNodeRule(),       // one control plane, kind's node naming
            new VlanRule(),           // VLAN ids, gateways, VLAN overlaps
            new NodeAddressRule(),    // node addresses inside their VLAN
            new FlatNetworkRule(),    // a lab without a ToR: the flat network, its nodes, the mesh
            new MtuRule(),            // ToR and node MTU
            new PoolRule(),           // pools vs pod/service subnet and VLANs, block sizes
            new LoadBalancerRule(),   // LB ranges
            new PinnedBlockRule(),    // pinned node blocks
            new ReservationRule(),    // IP reservations inside pools, pinned blocks not all reserved
            new FixedAddressRule(),   // fixed pod addresses: Pods only, in a pool, unique
            new NodePoolRule(),       // every node has a pool
            new AsnRule(),            // AS numbers
            new PlatformRule(),       // what a ToR without BGP (linux) cannot do
            new BgpRoleRule(),        // RR needs iBGP; iBGP peer without mesh
            new PeerRule(),           // explicit peer addresses, selectors matching nothing
            new ListenRangeRule(),    // ToR listen ranges cover peering nodes
            new AutodetectRule(),     // node address autodetection covers nodes
            new CommunityRule(),      // community syntax
            new LabelRule(),          // node label syntax
            new WorkloadRule(),       // workload fields
            new SelectorRule(),       // selector syntax, at the column inside the selector
            new LinkExpectRule(),     // expect.link entries
            new BgpExpectRule(),      // expect.bgp entries
            new RouteExpectRule(),    // expect.route entries
            new CommunityExpectRule(), // expect.community entries
            new InterfaceExpectRule(), // expect.mtu and expect.address entries
            new PingRule(),           // expect.ping entries
            new PodAddressExpectRule(), // expect.pod-address entries
            new GuideRule(),          // the student guide's path stays in the lab folder
            new RemoveRule());        // expect.remove names derived checks (last: needs a valid lab)

    private final List<Rule> rules;

    public Validator() {
        this(DEFAULT_RULES);
    }

    /** With another rule list (tests). */
    Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All diagnostics for the spec. */
    public Diagnostics validate(LoadedSpec spec) {
        Diagnostics out = new Diagnostics();
        ValidationContext ctx = new ValidationContext(spec);
        for (Rule rule : rules) {
            try {
                rule.check(ctx, out);
            } catch (RuntimeException e) {
                out.error("E-INTERNAL", "(file)", spec.markOf(""), "rule " + rule.getClass().getSimpleName() + " failed: " + e,
                        "this is a labforge bug; please report it with the lab file");
            }
        }
        return out;
    }

    /** The warnings, when there is no error; otherwise throws with every diagnostic. */
    public List<Diagnostic> validateOrThrow(LoadedSpec spec) {
        Diagnostics d = validate(spec);
        d.checkpoint();
        return d.warnings();
    }
}
