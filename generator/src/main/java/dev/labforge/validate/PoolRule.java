package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import java.util.List;

/** IP pools: inside the pod subnet, disjoint from each other, the VLANs and the service subnet; sane block sizes. */
final class PoolRule implements Rule {
    static final int MIN_BLOCK = 20;
    static final int MAX_BLOCK = 32;

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<PoolSpec> pools = ctx.pools();
        Cidr pod = ctx.podSubnet();
        Cidr service = ctx.serviceSubnet();
        for (int i = 0; i < pools.size(); i++) {
            PoolSpec pool = pools.get(i);
            String p = ValidationContext.poolPath(i);
            Cidr cidr = ValidationContext.cidr(pool.cidr());
            blockSize(ctx, out, p, pool, cidr);
            if (cidr == null) {
                continue;
            }
            String cp = p + ".cidr";
            if (pod != null && !pod.contains(cidr)) {
                out.error("E-POOL-SUBNET", cp, ctx.at(cp),
                        "pool " + pool.name() + " (" + cidr + ") is outside the cluster's pod subnet " + pod
                                + (ctx.cluster() != null && ctx.cluster().podSubnet() == null ? " (kind's default)" : ""),
                        "set cluster.podSubnet to a prefix that covers every pool" + example(pools));
            }
            for (int j = 0; j < i; j++) {
                Cidr other = ValidationContext.cidr(pools.get(j).cidr());
                if (other != null && other.overlaps(cidr)) {
                    out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps pool "
                            + pools.get(j).name() + " (" + other + ")", "IP pools must not share addresses; split the range");
                }
            }
            for (VlanSpec v : ctx.vlans()) {
                Cidr subnet = ValidationContext.cidr(v.subnet());
                if (subnet != null && subnet.overlaps(cidr)) {
                    out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps VLAN " + v.id()
                            + "'s subnet " + subnet, "pod addresses must not collide with node addresses; pick a pool outside the VLAN subnets");
                }
            }
            if (service != null && service.overlaps(cidr)) {
                out.error("E-OVERLAP", cp, ctx.at(cp), "pool " + pool.name() + " (" + cidr + ") overlaps the service subnet "
                        + service, "pick a pool outside cluster.serviceSubnet");
            }
        }
    }

    /** The smallest prefix covering all pools, as an example, when it is a sensible one. */
    private static String example(List<PoolSpec> pools) {
        Cidr all = null;
        for (PoolSpec p : pools) {
            Cidr c = ValidationContext.cidr(p.cidr());
            if (c != null) {
                all = all == null ? c : all.supernetWith(c);
            }
        }
        return all == null || all.prefixLength() < 8 ? "" : ", e.g. podSubnet: " + all;
    }

    private static void blockSize(ValidationContext ctx, Diagnostics out, String p, PoolSpec pool, Cidr cidr) {
        if (pool.blockSize() == null) {
            return;
        }
        String bp = p + ".blockSize";
        int bs = pool.blockSize();
        if (bs < MIN_BLOCK || bs > MAX_BLOCK) {
            out.error("E-BLOCK-SIZE", bp, ctx.at(bp), "block size /" + bs + " of pool " + pool.name() + " is out of range",
                    "Calico accepts IPv4 block sizes " + MIN_BLOCK + ".." + MAX_BLOCK + " (default 26)");
        } else if (cidr != null && bs < cidr.prefixLength()) {
            out.error("E-BLOCK-SIZE", bp, ctx.at(bp), "block size /" + bs + " is larger than pool " + pool.name() + " (" + cidr + ")",
                    "use a block size of /" + cidr.prefixLength() + " or smaller blocks (a larger number)");
        }
    }
}
