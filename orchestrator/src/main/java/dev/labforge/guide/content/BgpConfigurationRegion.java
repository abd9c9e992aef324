package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Calico;
import dev.labforge.model.PrefixAdvertisement;
import dev.labforge.model.Tor;
import dev.labforge.rendered.RenderedPaths;

/** {@code bgpconfiguration}: the rendered BGPConfiguration, each field explained from the model. */
final class BgpConfigurationRegion implements RegionType {

    @Override
    public String type() {
        return "bgpconfiguration";
    }

    @Override
    public String usage() {
        return "bgpconfiguration|the BGPConfiguration, explained";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        Regions.require(ctx, RenderedPaths.BGP_CONFIGURATION);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        String file = RenderedPaths.BGP_CONFIGURATION;
        Calico calico = ctx.model().calico();
        Tor tor = ctx.hasTor() ? ctx.torModel() : null;
        StringBuilder sb = new StringBuilder(Md.c(file)).append(":\n\n")
                .append(Md.code("yaml", Regions.withoutHeader(Regions.require(ctx, file)))).append('\n');
        sb.append("- `asNumber`: ").append(Md.c(calico.asn())).append(" — the AS every Calico node speaks BGP from. ");
        sb.append(tor == null ? "There is no ToR: the nodes' sessions are with each other, all in this AS (iBGP)."
                : tor.runsBgp() ? "The ToR is AS " + tor.asn() + ", so the sessions are "
                + (tor.ibgp() ? "iBGP (one AS)" : "eBGP (two ASes)") + "." : "The ToR runs no BGP, so no session with it forms.").append('\n');
        sb.append("- `nodeToNodeMeshEnabled`: ").append(Md.c(calico.nodeToNodeMesh())).append(" — ").append(calico.nodeToNodeMesh()
                ? "every node also peers with every other node."
                : "no full mesh between the nodes: each node peers only with the BGPPeers that select it"
                        + (calico.peers().isEmpty() ? ", and there are none." : ".")).append('\n');
        if (!calico.loadBalancerIPs().isEmpty()) {
            sb.append("- `serviceLoadBalancerIPs`: ").append(Md.c(String.join(", ", calico.loadBalancerIPs())))
                    .append(" — every peering node advertises this range, so the ToR can reach LoadBalancer services.\n");
        }
        for (PrefixAdvertisement a : calico.prefixAdvertisements()) {
            sb.append("- `prefixAdvertisements`: routes Calico exports within ").append(Md.c(a.cidr()))
                    .append(" carry the communit").append(a.communities().size() == 1 ? "y " : "ies ")
                    .append(Md.c(String.join(", ", a.communities())))
                    .append(" (AS:value), a tag the upstream router can filter or steer on. It adds no routes.\n");
        }
        return sb.toString();
    }
}
