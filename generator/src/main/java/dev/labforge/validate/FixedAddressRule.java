package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed pod address ({@code ip:}, Calico's ipAddrs annotation): only on a Pod; inside an IP pool (Calico
 * assigns nothing outside its pools); not inside another node's pinned block (Calico would borrow it from
 * that node); held by one pod only (a second pod asking for it waits forever). Outside every reservation
 * it may be handed to another pod first, so that is a warning.
 */
final class FixedAddressRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<Cidr> pools = ctx.pools().stream().map(PoolSpec::cidr).map(SpecValues::cidr).filter(Objects::nonNull).toList();
        List<Cidr> reserved = ctx.reservedCidrs();
        Map<Long, String> holders = new HashMap<>();
        List<WorkloadSpec> ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            WorkloadSpec w = ws.get(i);
            Long ip = SpecValues.ip(w.ip());
            if (ip == null) {
                continue; // absent, or CidrRule reports it
            }
            String p = "workloads[" + i + "].ip";
            if (!WorkloadRule.POD.equals(w.kind())) {
                out.error("E-FIXED-IP", p, ctx.at(p), w.kind() + " " + w.name() + " has a fixed address, but its pods would"
                        + " all ask for it", "only a Pod (one pod on its node) can have a fixed address; make it kind: Pod");
                continue;
            }
            String first = holders.putIfAbsent(ip, w.name());
            if (first != null) {
                out.error("E-DUPLICATE-IP", p, ctx.at(p), "fixed address " + w.ip() + " of Pod " + w.name()
                                + " is already Pod " + first + "'s",
                        "Calico gives an address to one pod; the second stays ContainerCreating. Give it another address");
            }
            if (pools.stream().noneMatch(pool -> pool.contains(ip))) {
                out.error("E-FIXED-IP-POOL", p, ctx.at(p), "fixed address " + w.ip() + " of Pod " + w.name()
                                + " is outside every IP pool",
                        "Calico assigns addresses from its pools only; use an address in "
                                + pools.stream().map(Cidr::toString).reduce((a, b) -> a + ", " + b).orElse("a pool (none is defined)"));
                continue;
            }
            otherNodesBlock(ctx, out, p, w, ip);
            if (reserved.stream().noneMatch(r -> r.contains(ip))) {
                out.warn("W-FIXED-NOT-RESERVED", p, ctx.at(p), "fixed address " + w.ip() + " of Pod " + w.name()
                                + " is in no IP reservation, so Calico may hand it to another pod first",
                        "reserve it (calico.reservations) so that only pods asking for it get it");
            }
        }
    }

    private static void otherNodesBlock(ValidationContext ctx, Diagnostics out, String p, WorkloadSpec w, long ip) {
        for (NodeSpec n : ctx.nodes()) {
            Cidr block = SpecValues.cidr(n.block());
            if (block != null && block.contains(ip) && n.name() != null && !n.name().equals(w.node())) {
                out.error("E-FIXED-IP", p, ctx.at(p), "fixed address " + w.ip() + " of Pod " + w.name() + " is inside node "
                                + n.name() + "'s pinned block " + block + ", but the Pod runs on " + w.node(),
                        "pick an address outside " + block + ", or run the Pod on " + n.name());
            }
        }
    }
}
