package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PoolSpec;
import java.util.List;
import java.util.stream.Collectors;

/** Every node needs a pool that selects it, or its pods never get an address. */
final class NodePoolRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<PoolSpec> pools = ctx.pools();
        if (pools.isEmpty()) {
            return;
        }
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeSpec n = nodes.get(i);
            boolean unknown = false;
            boolean selected = false;
            for (PoolSpec p : pools) {
                Boolean m = ctx.selects(p.nodeSelector(), n);
                unknown |= m == null;
                selected |= Boolean.TRUE.equals(m);
            }
            if (!selected && !unknown) {
                String p = ValidationContext.nodePath(i);
                out.error("E-NODE-NO-POOL", p, ctx.at(p), "no IP pool selects node " + n.name() + " (labels "
                                + ctx.nodeLabels(n).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(", ")) + ")",
                        "pods on it would get no address; give one pool nodeSelector: all() or a selector that matches it");
            }
        }
    }
}
