package dev.labforge.probe;

import dev.labforge.net.Cidr;
import java.util.List;

/**
 * No route inside a pool that does not export to BGP (disableBGPExport) may reach the ToR
 * (labs 07/08/15: the ToR learns no pod routes). A route there is Failed at once: it will not go away.
 */
public record NoRoutesWithinProbe(String tor, String cidr, String reason) implements Probe {

    @Override
    public String name() {
        return "no route " + tor + " within " + cidr + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    @Override
    public String expected() {
        return "no route inside " + cidr;
    }

    @Override
    public ProbeResult check(LabProbeTarget target) {
        Cidr range = Cidr.parse(cidr);
        List<RouteEntry> table = target.torRoutes();
        List<RouteEntry> inside = table.stream().filter(r -> within(range, r.prefix())).toList();
        if (inside.isEmpty()) {
            return ProbeResult.passed("none of " + table.size() + " routes inside " + cidr);
        }
        return ProbeResult.failed(ProbeText.routes(inside) + " present" + (reason.isEmpty() ? "" : ", but " + reason));
    }

    private static boolean within(Cidr range, String prefix) {
        try {
            return range.contains(Cidr.parseInterface(prefix).network());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
