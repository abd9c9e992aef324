package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeerSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.PrefixAdvertisementSpec;
import dev.labforge.spec.ReservationSpec;
import dev.labforge.spec.VlanSpec;
import java.util.List;

/**
 * Every prefix parses and has no host bits set; every address parses. The only place that reports
 * their syntax: the rules of {@code expect:} entries call {@link #prefix} and {@link #address} for theirs.
 */
final class CidrRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (VlanSpec v : ctx.vlans()) {
            String p = ValidationContext.vlanPath(v);
            prefix(ctx, out, p + ".subnet", v.subnet());
            address(ctx, out, p + ".gateway", v.gateway());
        }
        if (ctx.tor() != null) {
            address(ctx, out, "tor.routerId", ctx.tor().routerId());
            prefixes(ctx, out, "tor.listenRanges", ctx.tor().listenRanges());
        }
        if (ctx.cluster() != null) {
            prefix(ctx, out, "cluster.podSubnet", ctx.cluster().podSubnet());
            prefix(ctx, out, "cluster.serviceSubnet", ctx.cluster().serviceSubnet());
            if (ctx.cluster().network() != null) {
                prefix(ctx, out, "cluster.network.subnet", ctx.cluster().network().subnet());
                address(ctx, out, "cluster.network.gateway", ctx.cluster().network().gateway());
            }
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            String p = ValidationContext.nodePath(i);
            address(ctx, out, p + ".ip", nodes.get(i).ip());
            prefix(ctx, out, p + ".block", nodes.get(i).block());
        }
        if (ctx.calico() != null) {
            prefixes(ctx, out, "calico.nodeAddressCidrs", ctx.calico().nodeAddressCidrs());
            prefixes(ctx, out, "calico.loadBalancerIPs", ctx.calico().loadBalancerIPs());
        }
        List<PoolSpec> pools = ctx.pools();
        for (int i = 0; i < pools.size(); i++) {
            prefix(ctx, out, ValidationContext.poolPath(i) + ".cidr", pools.get(i).cidr());
        }
        List<PrefixAdvertisementSpec> ads = ctx.prefixAdvertisements();
        for (int i = 0; i < ads.size(); i++) {
            prefix(ctx, out, "calico.prefixAdvertisements[" + i + "].cidr", ads.get(i).cidr());
        }
        List<PeerSpec> peers = ctx.explicitPeers();
        for (int i = 0; i < peers.size(); i++) {
            address(ctx, out, ValidationContext.peerPath(i) + ".peerIP", peers.get(i).peerIP());
        }
        List<dev.labforge.spec.WorkloadSpec> workloads = ctx.workloads();
        for (int i = 0; i < workloads.size(); i++) {
            address(ctx, out, "workloads[" + i + "].ip", workloads.get(i).ip());
        }
        List<ReservationSpec> reservations = ctx.reservations();
        for (int i = 0; i < reservations.size(); i++) {
            List<String> cidrs = ValidationContext.nonNull(reservations.get(i).cidrs());
            for (int j = 0; j < cidrs.size(); j++) {
                String p = ValidationContext.reservationPath(i) + ".cidrs[" + j + "]";
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

    /** Reports E-CIDR / E-CIDR-HOSTBITS; true when the prefix is fine (or absent). */
    static boolean prefix(ValidationContext ctx, Diagnostics out, String path, String value) {
        if (value == null) {
            return true;
        }
        Cidr c;
        try {
            c = Cidr.parseInterface(value);
        } catch (IllegalArgumentException e) {
            out.error("E-CIDR", path, ctx.at(path), e.getMessage(), "write an IPv4 prefix such as 10.10.10.0/24");
            return false;
        }
        if (c.hasHostBits()) {
            out.error("E-CIDR-HOSTBITS", path, ctx.at(path), "'" + value + "' has host bits set",
                    "the network is " + c.network() + "; write that instead");
            return false;
        }
        return true;
    }

    static void address(ValidationContext ctx, Diagnostics out, String path, String value) {
        if (value == null) {
            return;
        }
        try {
            Ipv4.parse(value);
        } catch (IllegalArgumentException e) {
            String hint = value.contains("/")
                    ? "write the address without a prefix length (the VLAN subnet gives the length), e.g. " + value.substring(0, value.indexOf('/'))
                    : "write an IPv4 address such as 10.10.10.11";
            out.error("E-IP", path, ctx.at(path), e.getMessage(), hint);
        }
    }
}
