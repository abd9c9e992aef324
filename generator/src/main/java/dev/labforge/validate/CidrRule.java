package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.RouteSpec;
import dev.labforge.spec.ReservationSpec;
import dev.labforge.spec.VlanSpec;
import java.util.List;

/**
 * Every prefix parses and has no host bits set; every address parses; each is of the family its field
 * takes ({@code subnet} IPv4, {@code subnet6} IPv6, {@code pools[i].cidr} either). The only place that
 * reports their syntax: the rules of {@code expect:} entries call {@link #prefix} and {@link #address}
 * for theirs.
 */
final class CidrRule implements Rule {
    private static final IpFamily V4 = IpFamily.IPV4;
    private static final IpFamily V6 = IpFamily.IPV6;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (VlanSpec v : ctx.vlans()) {
            String p = SpecPaths.vlanPath(v);
            prefix(ctx, out, p + ".subnet", v.subnet(), V4, "subnet6");
            address(ctx, out, p + ".gateway", v.gateway(), V4, "gateway6");
            prefix(ctx, out, p + ".subnet6", v.subnet6(), V6, "subnet");
            address(ctx, out, p + ".gateway6", v.gateway6(), V6, "gateway");
        }
        if (ctx.tor() != null) {
            address(ctx, out, "tor.routerId", ctx.tor().routerId(), V4, null);
            prefixes(ctx, out, "tor.listenRanges", ctx.tor().listenRanges());
            List<String> loopbacks = SpecValues.nonNull(ctx.tor().loopbacks());
            for (int i = 0; i < loopbacks.size(); i++) {
                interfacePrefix(ctx, out, "tor.loopbacks[" + i + "]", loopbacks.get(i));
            }
            routes(ctx, out, "tor.routes", ctx.tor().routes());
        }
        if (ctx.cluster() != null) {
            prefix(ctx, out, "cluster.podSubnet", ctx.cluster().podSubnet(), V4, "podSubnet6");
            prefix(ctx, out, "cluster.serviceSubnet", ctx.cluster().serviceSubnet(), V4, "serviceSubnet6");
            prefix(ctx, out, "cluster.podSubnet6", ctx.cluster().podSubnet6(), V6, "podSubnet");
            prefix(ctx, out, "cluster.serviceSubnet6", ctx.cluster().serviceSubnet6(), V6, "serviceSubnet");
            routes(ctx, out, "cluster.routes", ctx.cluster().routes());
            if (ctx.cluster().network() != null) {
                prefix(ctx, out, "cluster.network.subnet", ctx.cluster().network().subnet(), V4, null);
                address(ctx, out, "cluster.network.gateway", ctx.cluster().network().gateway(), V4, null);
            }
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            String p = SpecPaths.nodePath(i);
            NodeSpec n = nodes.get(i);
            address(ctx, out, p + ".ip", n.ip(), V4, "ip6");
            prefix(ctx, out, p + ".block", n.block(), V4, "block6");
            address(ctx, out, p + ".ip6", n.ip6(), V6, "ip");
            prefix(ctx, out, p + ".block6", n.block6(), V6, "block");
            routes(ctx, out, p + ".routes", n.routes());
        }
        if (ctx.calico() != null) {
            prefixes(ctx, out, "calico.nodeAddressCidrs", ctx.calico().nodeAddressCidrs(), V4, "nodeAddressCidrs6");
            prefixes(ctx, out, "calico.nodeAddressCidrs6", ctx.calico().nodeAddressCidrs6(), V6, "nodeAddressCidrs");
            prefixes(ctx, out, "calico.loadBalancerIPs", ctx.calico().loadBalancerIPs(), V4, null);
        }
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            prefix(ctx, out, SpecPaths.poolPath(i) + ".cidr", pools.get(i).cidr());
        }
        List<PrefixAdvertisementSpec> ads = ctx.prefixAdvertisements();
        for (int i = 0; i < ads.size(); i++) {
            prefix(ctx, out, "calico.prefixAdvertisements[" + i + "].cidr", ads.get(i).cidr());
        }
        List<PeerSpec> peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            address(ctx, out, SpecPaths.peerPath(i) + ".peerIP", peers.get(i).peerIP());
        }
        List<dev.labforge.spec.WorkloadSpec> workloads = ctx.workloads();
        for (int i = 0; i < workloads.size(); i++) {
            address(ctx, out, "workloads[" + i + "].ip", workloads.get(i).ip());
        }
        List<ReservationSpec> reservations = ctx.reservations();
        for (int i = 0; i < reservations.size(); i++) {
            List<String> cidrs = SpecValues.nonNull(reservations.get(i).cidrs());
            for (int j = 0; j < cidrs.size(); j++) {
                String p = SpecPaths.reservationPath(i) + ".cidrs[" + j + "]";
                if (cidrs.get(j).contains("/")) {
                    prefix(ctx, out, p, cidrs.get(j));
                } else {
                    address(ctx, out, p, cidrs.get(j));
                }
            }
        }
    }

    private static void prefixes(ValidationContext ctx, Diagnostics out, String path, List<String> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            prefix(ctx, out, path + "[" + i + "]", values.get(i));
        }
    }

    private static void prefixes(ValidationContext ctx, Diagnostics out, String path, List<String> values, IpFamily family,
                                 String twin) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            prefix(ctx, out, path + "[" + i + "]", values.get(i), family, twin);
        }
    }

    /** Static routes: the prefix, the next hop, both of one family. */
    private static void routes(ValidationContext ctx, Diagnostics out, String path, List<RouteSpec> routes) {
        List<RouteSpec> list = SpecValues.nonNull(routes);
        for (int i = 0; i < list.size(); i++) {
            RouteSpec r = list.get(i);
            String p = path + "[" + i + "]";
            boolean prefixOk = prefix(ctx, out, p + ".prefix", r.prefix());
            boolean viaOk = address(ctx, out, p + ".via", r.via());
            if (prefixOk && viaOk && r.prefix() != null && r.via() != null) {
                IpFamily family = Cidr.parse(r.prefix()).family();
                if (Ip.parse(r.via()).family() != family) {
                    out.error("E-FAMILY", p + ".via", ctx.at(p + ".via"), "next hop " + r.via() + " is an "
                                    + Ip.parse(r.via()).family().label() + " address, but " + r.prefix() + " is an "
                                    + family.label() + " prefix",
                            "a route's next hop is of the prefix's family; use the " + family.label() + " address of the next hop");
                }
            }
        }
    }

    /** Reports E-CIDR / E-CIDR-HOSTBITS for a prefix of either family; true when fine (or absent). */
    static boolean prefix(ValidationContext ctx, Diagnostics out, String path, String value) {
        if (value == null) {
            return true;
        }
        Cidr c;
        try {
            c = Cidr.parseInterface(value);
        } catch (IllegalArgumentException e) {
            out.error("E-CIDR", path, ctx.at(path), e.getMessage(), "write an " + SpecValues.familyOf(value).label()
                    + " prefix such as " + SpecValues.familyOf(value).examplePrefix());
            return false;
        }
        if (c.hasHostBits()) {
            out.error("E-CIDR-HOSTBITS", path, ctx.at(path), "'" + value + "' has host bits set",
                    "the network is " + c.network() + "; write that instead");
            return false;
        }
        return true;
    }

    /**
     * A prefix of one family: its syntax as above, then E-FAMILY when it is of the other family.
     * {@code twin} is the field that takes the other family (null: there is none).
     */
    static boolean prefix(ValidationContext ctx, Diagnostics out, String path, String value, IpFamily family, String twin) {
        if (!prefix(ctx, out, path, value)) {
            return false;
        }
        if (value != null && Cidr.parse(value).family() != family) {
            wrongFamily(ctx, out, path, value, "prefix", family, twin);
            return false;
        }
        return true;
    }

    /** An interface address with its length (a loopback): host bits are the point. */
    private static void interfacePrefix(ValidationContext ctx, Diagnostics out, String path, String value) {
        if (value == null) {
            return;
        }
        try {
            Cidr.parseInterface(value);
        } catch (IllegalArgumentException e) {
            IpFamily f = SpecValues.familyOf(value);
            out.error("E-CIDR", path, ctx.at(path), e.getMessage(), "write the address with its length, e.g. "
                    + (f == V4 ? "1.1.1.1/32" : "2001:db8::1/128"));
        }
    }

    /** Reports E-IP for an address of either family; true when fine (or absent). */
    static boolean address(ValidationContext ctx, Diagnostics out, String path, String value) {
        if (value == null) {
            return true;
        }
        try {
            Ip.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            IpFamily f = SpecValues.familyOf(value);
            String hint = value.contains("/")
                    ? "write the address without a prefix length (the VLAN subnet gives the length), e.g. " + value.substring(0, value.indexOf('/'))
                    : "write an " + f.label() + " address such as " + f.exampleAddress();
            out.error("E-IP", path, ctx.at(path), e.getMessage(), hint);
            return false;
        }
    }

    /** An address of one family: its syntax, then E-FAMILY when it is of the other family. */
    static boolean address(ValidationContext ctx, Diagnostics out, String path, String value, IpFamily family, String twin) {
        if (!address(ctx, out, path, value)) {
            return false;
        }
        if (value != null && Ip.parse(value).family() != family) {
            wrongFamily(ctx, out, path, value, "address", family, twin);
            return false;
        }
        return true;
    }

    private static void wrongFamily(ValidationContext ctx, Diagnostics out, String path, String value, String what,
                                    IpFamily family, String twin) {
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        String hint;
        if (twin != null) {
            hint = "write it under " + twin + " (the " + family.other().label() + " twin of " + field + "), or give " + field
                    + " an " + family.label() + " " + what + " such as "
                    + (what.equals("prefix") ? family.examplePrefix() : family.exampleAddress());
        } else if (field.equals("routerId")) {
            hint = "a BGP router id is a 32-bit number written as an IPv4 address, e.g. 10.10.10.1, also in IPv6 labs";
        } else {
            hint = field + " takes " + family.label() + " only in this labforge; write an " + family.label() + " " + what
                    + " such as " + (what.equals("prefix") ? family.examplePrefix() : family.exampleAddress());
        }
        out.error("E-FAMILY", path, ctx.at(path), "'" + value + "' is an " + family.other().label() + " " + what + ", but "
                + field + " takes an " + family.label() + " " + what, hint);
    }
}
