package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Calico;
import dev.labforge.model.Peer;
import dev.labforge.model.Reservation;
import dev.labforge.resolve.Defaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * calico-cni-config/: the operator's Installation and APIServer, the BGPConfiguration (when the lab
 * changes one of Calico's BGP defaults), one file per BGPPeer and one per IPReservation. Calico
 * resources use the crd.projectcalico.org/v1 CRDs directly, so they can be applied before the Calico
 * API server is up.
 */
public final class CalicoOutput implements Output {
    static final String CUSTOM_RESOURCES = "calico/custom-resources.yaml.ftl";
    static final String BGP_CONFIGURATION = "calico/bgp-configuration.yaml.ftl";
    static final String BGP_PEER = "calico/bgppeer.yaml.ftl";
    static final String IP_RESERVATION = "calico/ipreservation.yaml.ftl";

    @Override
    public String id() {
        return "calico";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        List<RenderedFile> out = new ArrayList<>();
        Map<String, Object> model = Views.model(lab);
        model.put("calico", lab.calico());
        out.add(new RenderedFile(RenderedPaths.CUSTOM_RESOURCES, catalog.render(CUSTOM_RESOURCES, model)));
        if (needsBgpConfiguration(lab)) {
            out.add(new RenderedFile(RenderedPaths.BGP_CONFIGURATION, catalog.render(BGP_CONFIGURATION, model)));
        }
        for (Peer peer : lab.calico().peers()) {
            Map<String, Object> peerModel = Views.model(lab);
            peerModel.put("peer", peer);
            out.add(new RenderedFile(RenderedPaths.bgpPeer(peer), catalog.render(BGP_PEER, peerModel)));
        }
        for (Reservation r : lab.calico().reservations()) {
            Map<String, Object> reservationModel = Views.model(lab);
            reservationModel.put("reservation", r);
            out.add(new RenderedFile(RenderedPaths.ipReservation(r), catalog.render(IP_RESERVATION, reservationModel)));
        }
        return List.copyOf(out);
    }

    /**
     * Whether the lab needs a BGPConfiguration: a lab behind a ToR always has one (as the series' labs with a
     * ToR do); without a ToR only to change what Calico does without one (AS 64512, node-to-node mesh on, log
     * severity Info, no service addresses or communities to advertise). The series' labs without a ToR have none.
     */
    public static boolean needsBgpConfiguration(Lab lab) {
        Calico calico = lab.calico();
        return lab.tor().isPresent() || calico.asn() != Defaults.CALICO_ASN || !calico.nodeToNodeMesh() || !Defaults.LOG_SEVERITY.equals(calico.logSeverity())
                || !calico.loadBalancerIPs().isEmpty() || !calico.prefixAdvertisements().isEmpty();
    }
}
