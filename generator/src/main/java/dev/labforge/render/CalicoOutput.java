package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Peer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * calico-cni-config/: the operator's Installation and APIServer, the BGPConfiguration and one
 * file per BGPPeer. Calico resources use the crd.projectcalico.org/v1 CRDs directly, so they can be
 * applied before the Calico API server is up.
 */
public final class CalicoOutput implements Output {
    static final String CUSTOM_RESOURCES = "calico/custom-resources.yaml.ftl";
    static final String BGP_CONFIGURATION = "calico/bgp-configuration.yaml.ftl";
    static final String BGP_PEER = "calico/bgppeer.yaml.ftl";

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
        out.add(new RenderedFile(RenderedPaths.BGP_CONFIGURATION, catalog.render(BGP_CONFIGURATION, model)));
        for (Peer peer : lab.calico().peers()) {
            Map<String, Object> peerModel = Views.model(lab);
            peerModel.put("peer", peer);
            out.add(new RenderedFile(RenderedPaths.bgpPeer(peer), catalog.render(BGP_PEER, peerModel)));
        }
        return List.copyOf(out);
    }
}
