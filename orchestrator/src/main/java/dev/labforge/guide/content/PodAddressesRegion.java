package dev.labforge.guide.content;

import dev.labforge.check.PodAddressCheck;
import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Reservation;
import dev.labforge.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/** {@code pod-addresses}: the address each pod must have, from the plan's pod-address checks: a fixed one, or one IPAM chose. */
final class PodAddressesRegion implements RegionType {

    @Override
    public String type() {
        return "pod-addresses";
    }

    @Override
    public String usage() {
        return "pod-addresses|fixed and IPAM-chosen pod addresses, why";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        if (ctx.checks(PodAddressCheck.class).isEmpty()) {
            throw new IllegalArgumentException("region `pod-addresses` needs pod-address checks, and this lab has none");
        }
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        for (PodAddressCheck c : ctx.checks(PodAddressCheck.class)) {
            if (c.address() != null) {
                String reservation = reservationHolding(ctx, c.address());
                rows.add(List.of(c.pod(), Md.c(c.address()), "fixed: the pod asks for it with the annotation"
                        + " `cni.projectcalico.org/ipAddrs: [\"" + c.address() + "\"]`" + (reservation == null ? ""
                        : "; it lies in the reservation " + Md.c(reservation) + ", which only keeps IPAM from choosing it")));
            } else {
                rows.add(List.of(c.pod(), "outside " + Md.list(c.outside().stream().map(Md::c).toList()),
                        "chosen by Calico IPAM from its node's block, which never picks a reserved address"));
            }
        }
        return "The address each pod must have:\n\n" + Md.table(List.of("Pod", "Address", "Why"), rows);
    }

    private static String reservationHolding(GuideContext ctx, String ip) {
        for (Reservation r : ctx.model().calico().reservations()) {
            if (r.cidrs().stream().anyMatch(c -> Cidr.parse(c).contains(ip))) {
                return r.name();
            }
        }
        return null;
    }
}
