package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.net.IpFamily;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.List;

/**
 * IP pools: inside the pod subnet of their family, disjoint from each other, the VLANs and the service
 * subnet; sane block sizes (IPv4 20..32, IPv6 116..128). Pools of a family the cluster does not run are
 * the family rule's error, not checked here.
 */
final class PoolRule implements Rule {
    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        for (IpFamily family : IpFamily.values()) {
            FamilyFacts f = ctx.facts(family);
            if (f.inCluster()) {
                pools(ctx, out, f);
            }
        }
    }

    private static void pools(ValidationContext ctx, Diagnostics out, FamilyFacts f) {
        List<PoolSpec> pools = f.pools();
        List<Integer> indexes = f.poolIndexes();
        Cidr pod = f.podSubnet();
        Cidr service = f.serviceSubnet();
        for (int i = 0; i < pools.size(); i++) {
            PoolSpec pool = pools.get(i);
            String p = SpecPaths.poolPath(indexes.get(i));
            Cidr cidr = SpecValues.cidr(pool.cidr(), f.family());
            blockSize(ctx, out, f, p, pool, cidr);
            if (cidr == null) {
                continue;
            }
            String cp = p + ".cidr";
            if (pod != null && !pod.contains(cidr)) {
                out.error("E-POOL-SUBNET", cp, ctx.at(cp),
                        "pool " + pool.name() + " (" + cidr + ") is outside the cluster's " + (f.v6() ? "IPv6 " : "") + "pod subnet " + pod
                                + (ctx.cluster() != null && !f.podSubnetWritten() ? " (kind's default)" : ""),
                        "set cluster." + f.field("podSubnet") + " to a prefix that covers every pool" + example(pools, f));
            }
            for (int j = 0; j < i; j++) {
                Cidr other = SpecValues.cidr(pools.get(j).cidr(), f.family());
                if (other != null && other.overlaps(cidr)) {
                    out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps pool "
                            + pools.get(j).name() + " (" + other + ")", "IP pools must not share addresses; split the range");
                }
            }
            for (VlanSpec v : ctx.vlans()) {
                Cidr subnet = f.subnet(v);
                if (subnet != null && subnet.overlaps(cidr)) {
                    out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps VLAN " + v.id()
                            + "'s " + (f.v6() ? "IPv6 " : "") + "subnet " + subnet,
                            "pod addresses must not collide with node addresses; pick a pool outside the VLAN subnets");
                }
            }
            if (service != null && service.overlaps(cidr)) {
                out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps the "
                        + (f.v6() ? "IPv6 " : "") + "service subnet " + service, "pick a pool outside cluster." + f.field("serviceSubnet"));
            }
        }
    }

    /** The smallest prefix covering all pools of the family, as an example, when it is a sensible one. */
    private static String example(List<PoolSpec> pools, FamilyFacts f) {
        Cidr all = null;
        for (PoolSpec p : pools) {
            Cidr c = SpecValues.cidr(p.cidr(), f.family());
            if (c != null) {
                all = all == null ? c : all.supernetWith(c);
            }
        }
        return all == null || all.prefixLength() < (f.v6() ? 32 : 8) ? "" : ", e.g. " + f.field("podSubnet") + ": " + all;
    }

    private static void blockSize(ValidationContext ctx, Diagnostics out, FamilyFacts f, String p, PoolSpec pool, Cidr cidr) {
        if (pool.blockSize() == null) {
            return;
        }
        String bp = p + ".blockSize";
        int bs = pool.blockSize();
        if (bs < f.minBlock() || bs > f.maxBlock()) {
            out.error("E-BLOCK-SIZE", bp, ctx.at(bp), "block size /" + bs + " of pool " + pool.name() + " is out of range",
                    "Calico accepts " + f.family().label() + " block sizes " + f.minBlock() + ".." + f.maxBlock()
                            + " (default " + f.defaultBlockSize() + ")");
        } else if (cidr != null && bs < cidr.prefixLength()) {
            out.error("E-BLOCK-SIZE", bp, ctx.at(bp), "block size /" + bs + " is larger than pool " + pool.name() + " (" + cidr + ")",
                    "use a block size of /" + cidr.prefixLength() + " or smaller blocks (a larger number)");
        }
    }
}
