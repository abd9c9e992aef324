package dev.labforge.runtime.netns.config;

import dev.labforge.render.FrrConfig;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.runtime.netns.config.RouterSetup.RouteSetup;
import dev.labforge.runtime.netns.config.EosConfig.ListenRange;
import dev.labforge.runtime.netns.config.EosConfig.PeerGroup;
import dev.labforge.runtime.netns.config.EosConfig.Port;
import dev.labforge.runtime.netns.config.EosConfig.Vlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a cEOS startup-config means for an FRR router that behaves like it (DESIGN.md 3.1, REFERENCE.md 6.4
 * and 7.2). {@link EosConfigParser} reads the statements; this class decides, and the one FRR template
 * ({@link FrrConfig#TEMPLATE}) prints the result:
 * <ul>
 * <li>VLANs become Linux bridges {@code br<id>} carrying the SVI; {@code EthernetN} becomes port {@code ethN};</li>
 * <li>the peer-group is defined before the listen ranges (FRR silently drops listen ranges otherwise) and gets the
 *     listen range's remote-as (FRR listen ranges have none);</li>
 * <li>{@code next-hop-self} becomes {@code next-hop-self force}: EOS rewrites the next hop of reflected iBGP routes too;</li>
 * <li>{@code no bgp ebgp-requires-policy}: EOS exchanges eBGP routes without policies;</li>
 * <li>{@code maximum-paths 1} and {@code maximum-paths ibgp 1} unless the EOS config says otherwise: EOS keeps one best path;</li>
 * <li>{@code route-reflector-client} moves into the ipv4 address family;</li>
 * <li>communities are sent only where EOS has {@code send-community} (EOS sends none by default, FRR all).</li>
 * </ul>
 * Inconsistent configs fail with the line number and text.
 */
public final class EosToFrr {
    /** FRR batches updates to new peers for 1 s by default; a lab converges faster without the wait. */
    static final int COALESCE_MS = 50;
    static final String ORIGIN = "FRR configuration emulating the cEOS ToR, translated from its EOS startup-config by labforge."
            + " The netns runtime creates the VLAN bridges and their addresses.";

    private final EosConfig eos;
    private final List<String> warnings;

    private EosToFrr(EosConfig eos) {
        this.eos = eos;
        this.warnings = new ArrayList<>(eos.warnings());
    }

    /**
     * Translates the subset of EOS config we render into an equivalent FRR setup.
     *
     * @param lab the lab's name, for the FRR config's banner
     * @throws NetnsConfigException naming the line for anything outside the subset or inconsistent
     */
    public static RouterSetup translate(String eosStartupConfig, String lab) {
        return new EosToFrr(EosConfigParser.parse(eosStartupConfig)).setup(lab);
    }

    private RouterSetup setup(String lab) {
        String hostname = eos.hostname();
        if (hostname == null) {
            hostname = "tor";
            warnings.add("no hostname: using 'tor'");
        }
        if (eos.bgp() != null) {
            for (PeerGroup g : eos.bgp().groups()) {
                if (g.definedAt() == null) {
                    throw EosLines.error(g.firstUse(), "peer group " + g.name() + " is used but never defined with `neighbor "
                            + g.name() + " peer group` (static neighbors are not emulated by the netns runtime)");
                }
            }
        }
        List<VlanSetup> vlans = vlanSetups();
        FrrConfig.Bgp bgp = eos.bgp() == null ? null : bgp();
        if (!eos.ipRouting()) {
            warnings.add("no `ip routing`: EOS would not route between VLANs; FRR gets `no ip forwarding`");
        }
        boolean ipv6 = vlans.stream().anyMatch(v -> v.svi6Cidr() != null);
        if (ipv6 && !eos.ipv6Routing()) {
            warnings.add("no `ipv6 unicast-routing`: EOS would not route IPv6 between VLANs; FRR gets no `ipv6 forwarding`");
        }
        FrrConfig frr = new FrrConfig(hostname, ORIGIN, eos.ipRouting(), interfaces(vlans), bgp, eos.ipv6Routing());
        List<RouteSetup> routes = eos.routes().stream().map(r -> new RouteSetup(r.prefix(), r.via(), null)).toList();
        return new RouterSetup(vlans, frr.render(TemplateCatalog.builtIn(), lab), routes, warnings, eos.loopbacks());
    }

    private List<VlanSetup> vlanSetups() {
        Map<Integer, Vlan> byId = new LinkedHashMap<>();
        for (Vlan v : eos.vlans()) {
            if (v.definedAt() == null) {
                throw EosLines.error(v.sviAt(), "interface Vlan" + v.id() + " has no `vlan " + v.id() + "` definition");
            }
            byId.put(v.id(), v);
        }
        for (Port p : eos.ports()) {
            if (p.vlan() == 0) {
                warnings.add("line " + p.at().number() + ": " + p.eos() + " has no `switchport access vlan`: it stays in"
                        + " the default VLAN 1, which the netns runtime leaves unconnected");
            } else if (!byId.containsKey(p.vlan())) {
                throw EosLines.error(p.at(), p.eos() + " is an access port of VLAN " + p.vlan() + ", which has no `vlan "
                        + p.vlan() + "` definition");
            }
        }
        List<VlanSetup> out = new ArrayList<>();
        for (Vlan v : byId.values()) {
            List<Port> members = eos.ports().stream().filter(p -> p.vlan() == v.id()).toList();
            int mtu = v.sviMtu();
            if (mtu == 0) {
                mtu = members.stream().mapToInt(Port::mtu).filter(m -> m > 0).min().orElse(0);
            }
            for (Port p : members) {
                if (p.mtu() > 0 && p.mtu() != mtu) {
                    warnings.add("line " + p.at().number() + ": " + p.eos() + " mtu " + p.mtu() + " differs from VLAN "
                            + v.id() + "'s " + mtu + "; the netns runtime uses one MTU per VLAN bridge");
                }
            }
            if (members.isEmpty()) {
                warnings.add("VLAN " + v.id() + " has no access ports");
            }
            out.add(new VlanSetup(v.id(), v.svi(), mtu, members.stream().map(Port::linux).toList(), v.svi6()));
        }
        return out;
    }

    /** Each bridge keeps the SVI's description (else the VLAN's name); FRR needs nothing else of it. */
    private List<FrrConfig.Interface> interfaces(List<VlanSetup> vlans) {
        List<FrrConfig.Interface> out = new ArrayList<>();
        for (VlanSetup v : vlans) {
            Vlan src = eos.vlans().stream().filter(x -> x.id() == v.id()).findFirst().orElseThrow();
            out.add(new FrrConfig.Interface(v.bridge(), src.sviDescription() != null ? src.sviDescription() : src.name(),
                    "the SVI address " + (v.sviCidr() == null ? "(none)" : v.sviCidr())
                            + " and ports are set up by the netns runtime"));
        }
        return out;
    }

    private FrrConfig.Bgp bgp() {
        EosConfig.Bgp b = eos.bgp();
        Map<String, Long> remoteAs = new LinkedHashMap<>();
        b.groups().forEach(g -> remoteAs.put(g.name(), g.remoteAs()));
        for (ListenRange r : b.ranges()) {
            PeerGroup g = b.groups().stream().filter(x -> x.name().equals(r.group())).findFirst().orElse(null);
            if (g == null || g.definedAt() == null) {
                throw EosLines.error(r.at(), "peer group " + r.group() + " is not defined (add `neighbor " + r.group()
                        + " peer group`)");
            }
            Long known = remoteAs.get(g.name());
            if (known != null && known != r.remoteAs()) {
                throw EosLines.error(r.at(), "remote-as " + r.remoteAs() + " differs from peer group " + g.name() + "'s remote-as "
                        + known + "; FRR has one remote-as per peer group, so this is not emulated by the netns runtime");
            }
            remoteAs.put(g.name(), r.remoteAs());
        }
        List<FrrConfig.PeerGroup> groups = new ArrayList<>();
        for (PeerGroup g : b.groups()) {
            if (remoteAs.get(g.name()) == null) {
                throw EosLines.error(g.definedAt(), "peer group " + g.name() + " has no remote-as (neither `neighbor " + g.name()
                        + " remote-as ASN` nor a listen range)");
            }
            // EOS sends no communities unless told to, FRR all of them
            List<String> notSent = g.sendCommunity().isEmpty() ? List.of("all")
                    : EosBgpParser.COMMUNITY_KINDS.stream().filter(k -> !g.sendCommunity().contains(k)).toList();
            // EOS rewrites the next hop of reflected routes with plain next-hop-self; FRR needs "force"
            // a group active only in address-family ipv6 carries the nodes' IPv6 sessions (BIRD6)
            boolean ipv6Only = g.activate6() && !g.activate();
            groups.add(new FrrConfig.PeerGroup(g.name(), remoteAs.get(g.name()), g.description(), g.activate() || g.activate6(),
                    g.rrClient(), g.nextHopSelf() ? "force" : "none", notSent, ipv6Only));
        }
        if (b.routerId() == null) {
            warnings.add("router bgp " + b.asn() + " has no router-id: FRR picks the highest interface address");
        }
        // EOS installs one best path unless maximum-paths says more (capped by its ecmp limit)
        int paths = b.maxPaths() == null ? 1 : b.maxPaths();
        if (b.maxEcmp() != null && b.maxEcmp() < paths) {
            paths = b.maxEcmp();
        }
        List<FrrConfig.ListenRange> ranges = b.ranges().stream().map(r -> new FrrConfig.ListenRange(r.prefix(), r.group())).toList();
        return new FrrConfig.Bgp(b.asn(), b.routerId(), b.logNeighborChanges(), true, COALESCE_MS, 0, groups, ranges, b.networks(),
                paths, b.networks6());
    }
}
