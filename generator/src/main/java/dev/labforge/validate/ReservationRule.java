package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.ReservationSpec;
import dev.labforge.net.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * IP reservations: each range lies in a pool (elsewhere it reserves nothing Calico would hand out), and a
 * node's pinned block keeps at least one address that is not reserved, or its pods get none from it.
 */
final class ReservationRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<Cidr> pools = ctx.pools().stream().map(PoolSpec::cidr).map(SpecValues::cidr).filter(Objects::nonNull).toList();
        List<ReservationSpec> reservations = ctx.reservations();
        for (int i = 0; i < reservations.size(); i++) {
            List<String> cidrs = SpecValues.nonNull(reservations.get(i).cidrs());
            if (cidrs.isEmpty()) {
                String p = SpecPaths.reservationPath(i) + ".cidrs";
                out.error("E-REQUIRED", p, ctx.at(p), "reservation " + reservations.get(i).name() + " reserves nothing",
                        "list the addresses or prefixes, e.g. cidrs: [192.168.100.8/29]");
            }
            for (int j = 0; j < cidrs.size(); j++) {
                Cidr range = SpecValues.cidr(cidrs.get(j).contains("/") ? cidrs.get(j) : cidrs.get(j) + "/32");
                if (range != null && pools.stream().noneMatch(pool -> pool.overlaps(range))) {
                    String p = SpecPaths.reservationPath(i) + ".cidrs[" + j + "]";
                    out.warn("W-RESERVATION-NO-POOL", p, ctx.at(p), "reserved range " + range + " is outside every IP pool, so it"
                                    + " reserves nothing Calico would hand out",
                            "reserve addresses inside a pool (" + pools.stream().map(Cidr::toString).reduce((a, b) -> a + ", " + b)
                                    .orElse("none defined") + ")");
                }
            }
        }
        pinnedBlocks(ctx, out);
    }

    /** Calico hands out every address of a block but the reserved ones; the plan skips a block's first and last. */
    private static void pinnedBlocks(ValidationContext ctx, Diagnostics out) {
        List<Cidr> reserved = ctx.reservedCidrs();
        if (reserved.isEmpty()) {
            return;
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Cidr block = SpecValues.cidr(nodes.get(i).block());
            if (block == null || block.size() < 4) {
                continue;
            }
            boolean anyFree = false;
            for (long h = 1; h < block.size() - 1 && !anyFree; h++) {
                long address = block.networkAddress() + h;
                anyFree = reserved.stream().noneMatch(r -> r.contains(address));
            }
            if (!anyFree) {
                String p = SpecPaths.nodePath(i) + ".block";
                out.error("E-BLOCK-RESERVED", p, ctx.at(p), "every address of node " + nodes.get(i).name() + "'s pinned block "
                                + block + " is inside a reservation, so its pods get no address from it",
                        "pin a block outside calico.reservations, or reserve a smaller range");
            }
        }
    }
}
