package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Lab;
import dev.labforge.model.Pool;
import dev.labforge.model.Tor;
import java.util.ArrayList;
import java.util.List;

/** {@code title}: the guide's heading and what the lab shows, told from the model. */
final class TitleRegion implements RegionType {

    @Override
    public String type() {
        return "title";
    }

    @Override
    public String usage() {
        return "title|heading and what the lab shows";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        Lab lab = ctx.model();
        String title = lab.title() == null || lab.title().isBlank() ? lab.name() : lab.title();
        return "# " + title + "\n\n" + intro(ctx) + "\n";
    }

    static String intro(GuideContext ctx) {
        return (ctx.hasTor() ? behindTor(ctx) : alone(ctx)) + "\n\nEvery output below was captured from the running lab on the "
                + ctx.view().runtime() + " runtime by `lab guide`, and `lab guide --check` re-runs each command to prove it still holds.";
    }

    /** A kind cluster alone: its nodes on one network, the mesh if the lab runs BGP, no router to export to. */
    private static String alone(GuideContext ctx) {
        Lab lab = ctx.model();
        var net = ctx.network();
        StringBuilder sb = new StringBuilder("In this lab the kind cluster " + Md.c(lab.cluster().name()) + " ("
                + Md.plural(lab.cluster().nodes().size(), "node") + ") stands alone, its nodes on one network, " + Md.c(net.name())
                + " (" + net.subnet() + "), with no router in front of it.");
        if (!MeshRegion.meshSessions(ctx).isEmpty()) {
            sb.append(" The nodes peer with each other over BGP, Calico's node-to-node mesh (AS ").append(lab.calico().asn()).append(").");
        }
        List<String> pools = lab.calico().pools().stream().map(p -> Md.c(p.name()) + " (" + p.cidr() + ")").toList();
        sb.append(" Pods get their addresses from ").append(Md.list(pools)).append(", and reach each other through their nodes.");
        if (!lab.calico().reservations().isEmpty()) {
            sb.append(" IP reservations keep some of those addresses from Calico IPAM.");
        }
        return sb.toString();
    }

    private static String behindTor(GuideContext ctx) {
        Lab lab = ctx.model();
        Tor tor = ctx.torModel();
        int vlans = tor.vlans().size();
        StringBuilder sb = new StringBuilder("In this lab the kind cluster " + Md.c(lab.cluster().name()) + " ("
                + Md.plural(lab.cluster().nodes().size(), "node") + " in " + Md.plural(vlans, "VLAN") + ") hangs off the"
                + " top-of-rack router " + Md.c(tor.name()) + " (" + ctx.torPlatform()
                + (tor.runsBgp() ? ", AS " + tor.asn() : ", no BGP") + ").");
        if (ctx.hasBgp()) {
            sb.append(" Calico (AS ").append(lab.calico().asn()).append(") peers with it over ")
                    .append(tor.ibgp() ? "iBGP" : "eBGP")
                    .append(tor.routeReflector() ? ", the router acting as route reflector" : "").append('.');
        }
        List<String> exported = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Pool p : lab.calico().pools()) {
            (p.bgpExport() ? exported : kept).add(Md.c(p.name()) + " (" + p.cidr() + ")");
        }
        if (ctx.hasBgp() && !exported.isEmpty()) {
            sb.append(" Calico advertises the pod blocks of ").append(Md.list(exported));
            if (!lab.calico().loadBalancerIPs().isEmpty()) {
                sb.append(" and the LoadBalancer range ").append(Md.list(lab.calico().loadBalancerIPs()));
            }
            sb.append(", so pod addresses are routable outside the cluster.");
        } else if (ctx.hasBgp() && !lab.calico().loadBalancerIPs().isEmpty()) {
            sb.append(" Calico advertises the LoadBalancer range ").append(Md.list(lab.calico().loadBalancerIPs())).append('.');
        }
        if (!kept.isEmpty()) {
            sb.append(" The pool").append(kept.size() == 1 ? " " : "s ").append(Md.list(kept))
                    .append(kept.size() == 1 ? " is" : " are").append(" not exported: pods reach each other inside the cluster only.");
        }
        if (ctx.hasOverlay()) {
            sb.append(" Between nodes of different subnets Calico carries pod traffic in VXLAN (`vxlan.calico`), so the ToR"
                    + " only ever routes the nodes' own addresses.");
        }
        return sb.toString();
    }
}
