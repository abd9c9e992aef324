package dev.labforge.guide.content;

import dev.labforge.check.PingCheck;
import dev.labforge.guide.doc.RegionId;
import java.util.List;

/**
 * {@code diagram topology | bgp | routes | ping <from> <to>}: a Mermaid diagram drawn from the model and
 * the plan (never from captured output, so a lab that drifts shows up in the outputs, not in the pictures).
 */
final class DiagramRegion implements RegionType {
    static final List<String> KINDS = List.of("topology", "bgp", "routes", "ping");

    @Override
    public String type() {
        return "diagram";
    }

    @Override
    public String usage() {
        return "diagram <kind>|Mermaid: topology, bgp, routes, ping <from> <to>";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        List<String> a = id.args();
        if (a.isEmpty() || !KINDS.contains(a.get(0))) {
            throw new IllegalArgumentException("region `diagram <kind>` needs one of: " + String.join(", ", KINDS)
                    + "; not `" + id + "`");
        }
        if (a.get(0).equals("ping")) {
            PingRegion.check(id, a.subList(1, a.size()), ctx);
        } else if (a.size() != 1) {
            throw new IllegalArgumentException("region `diagram " + a.get(0) + "` takes no further arguments, not `" + id + "`");
        }
        if (!a.get(0).equals("topology") && !ctx.hasBgp() && !a.get(0).equals("ping")) {
            throw new IllegalArgumentException("region `" + id + "` needs BGP sessions on the ToR, and this lab has none");
        }
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<String> a = id.args();
        return switch (a.get(0)) {
            case "topology" -> TopologyDiagram.render(ctx);
            case "bgp" -> BgpDiagram.render(ctx);
            case "routes" -> RouteDiagram.render(ctx);
            default -> {
                PingCheck ping = PingRegion.check(id, a.subList(1, a.size()), ctx);
                yield PingDiagram.render(ctx, ping);
            }
        };
    }
}
