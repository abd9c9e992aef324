package dev.labforge.rendered;

import dev.labforge.model.Cluster;
import dev.labforge.model.Peer;
import dev.labforge.model.Reservation;
import dev.labforge.model.Service;
import dev.labforge.model.Workload;
import dev.labforge.platform.ConfigFile;

/**
 * Where each artifact lives inside the rendered folder: the one definition the generator writes by
 * and both runtimes (and lab guide, lab status ...) read by.
 */
public final class RenderedPaths {
    private RenderedPaths() {
    }

    public static final String TOPOLOGY = "topology.clab.yaml";
    public static final String CALICO_DIR = "calico-cni-config";
    public static final String CUSTOM_RESOURCES = CALICO_DIR + "/custom-resources.yaml";
    public static final String BGP_CONFIGURATION = CALICO_DIR + "/bgp-configuration.yaml";
    public static final String MANIFESTS_DIR = "k8s-manifests";
    public static final String LB_IPPOOL = MANIFESTS_DIR + "/lb-ippool.yaml";
    public static final String TOOLS_DIR = "tools";
    public static final String STARTUP_DIR = "startup-configs";
    public static final String PLAN = "labforge/plan.yaml";
    public static final String README = "README.md";

    /** k01.kind.yaml: the k8s-kind node's startup-config. */
    public static String kindConfig(Cluster cluster) {
        return kindConfig(cluster.name());
    }

    public static String kindConfig(String clusterName) {
        return clusterName + ".kind.yaml";
    }

    /** calico-cni-config/bgppeer-&lt;peer&gt;.yaml; a name that already starts with bgppeer- is used as is. */
    public static String bgpPeer(Peer peer) {
        String base = peer.name().startsWith("bgppeer-") ? peer.name() : "bgppeer-" + peer.name();
        return CALICO_DIR + "/" + base + ".yaml";
    }

    /** calico-cni-config/ipreservation-&lt;name&gt;.yaml. */
    public static String ipReservation(Reservation reservation) {
        return CALICO_DIR + "/ipreservation-" + reservation.name() + ".yaml";
    }

    /** A LoadBalancer service's manifest. */
    public static String service(Service service) {
        return MANIFESTS_DIR + "/" + service.name() + ".yaml";
    }

    public static String workload(Workload workload) {
        return TOOLS_DIR + "/" + workload.name() + ".yaml";
    }

    /** A ToR platform's file: startup-configs/ceos01-startup-config.cfg, startup-configs/tor1/frr.conf. */
    public static String startupFile(ConfigFile file) {
        return STARTUP_DIR + "/" + file.name();
    }
}
