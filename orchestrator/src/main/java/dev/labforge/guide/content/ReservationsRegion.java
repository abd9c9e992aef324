package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Reservation;
import dev.labforge.model.Workload;
import dev.labforge.net.Cidr;
import dev.labforge.rendered.RenderedPaths;
import java.util.ArrayList;
import java.util.List;

/** {@code reservations}: each rendered IPReservation, what it keeps from IPAM, and the pods that ask for an address in it. */
final class ReservationsRegion implements RegionType {

    @Override
    public String type() {
        return "reservations";
    }

    @Override
    public String usage() {
        return "reservations|the IPReservations, explained";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        if (ctx.model().calico().reservations().isEmpty()) {
            throw new IllegalArgumentException("region `reservations` needs an IPReservation in the lab, and this lab has none");
        }
        ctx.model().calico().reservations().forEach(r -> Regions.require(ctx, RenderedPaths.ipReservation(r)));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        StringBuilder sb = new StringBuilder();
        for (Reservation r : ctx.model().calico().reservations()) {
            String file = RenderedPaths.ipReservation(r);
            sb.append(Md.c(file)).append(":\n\n").append(Md.code("yaml", Regions.withoutHeader(Regions.require(ctx, file)))).append('\n');
            for (String cidr : r.cidrs()) {
                Cidr c = Cidr.parse(cidr);
                sb.append("- ").append(Md.c(cidr)).append(" — ").append(Md.plural((int) c.size(), "address")).append(", ")
                        .append(c.host(0)).append(" to ").append(c.host(c.size() - 1))
                        .append(": Calico IPAM never hands these out by itself.");
                List<String> asking = new ArrayList<>();
                for (Workload w : ctx.model().workloads()) {
                    if (w.fixedIp() != null && c.contains(w.fixedIp())) {
                        asking.add(Md.c(w.name()) + " (" + w.fixedIp() + ")");
                    }
                }
                sb.append(asking.isEmpty() ? "" : " A pod may still ask for one, and " + Md.list(asking)
                        + (asking.size() == 1 ? " does" : " do") + ", with the annotation `cni.projectcalico.org/ipAddrs`.");
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
