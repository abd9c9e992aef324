package dev.labforge.resolve;

/** Every default the resolver applies, in one place (docs/spec.md lists the same values). */
public final class Defaults {
    private Defaults() {
    }

    public static final String PEER_GROUP = "CALICO-K8S";
    public static final String PEER_DESCRIPTION = "Calico Kubernetes Nodes";
    public static final int TOR_MTU = 1500;
    public static final int NODE_MTU = 1500;
    /** A kind node's eth0 is on Docker's "kind" network, at Docker's default MTU: Calico's MTU detection sees it too. */
    public static final int KIND_ETH0_MTU = 1500;
    /** The kernel's MTU for an Ethernet device nobody configured: checks only look where a lab decides another. */
    public static final int LINUX_MTU = 1500;
    /** A node's link to the ToR, as containerlab names it inside the kind container. */
    public static final String NODE_INTERFACE = "eth1";
    /** A node's only interface on the flat network of a lab without a ToR (kind's eth0 on its Docker network). */
    public static final String FLAT_NODE_INTERFACE = "eth0";
    /** A pod's interface. */
    public static final String POD_INTERFACE = "eth0";
    /** The VXLAN device Felix creates on every node once a pool uses VXLAN. */
    public static final String VXLAN_DEVICE = "vxlan.calico";
    public static final String POD_SUBNET = "10.244.0.0/16";
    public static final String SERVICE_SUBNET = "10.96.0.0/16";
    public static final String NODE_IMAGE = "kindest/node:v1.32.2";
    public static final String CALICO_VERSION = "v3.30.0";
    /** Calico's own default AS when none is configured. */
    public static final long CALICO_ASN = 64512;
    public static final String LOG_SEVERITY = "Info";
    public static final int BLOCK_SIZE = 26;
    public static final String ENCAPSULATION = "IPIP";
    public static final String FIRST_POOL_NAME = "default-ipv4-ippool";
    public static final String LB_POOL_NAME = "loadbalancer-ip-pool";
    public static final String ALL = "all()";
    /** First host number the resolver hands to nodes without an address (.10, .11, ...). */
    public static final int FIRST_NODE_HOST = 10;
    public static final int DEPLOYMENT_REPLICAS = 2;
    public static final int SERVICE_PORT = 80;
    /** The flat network of a lab without a ToR: kind's Docker network on a fresh Docker host. */
    public static final String FLAT_SUBNET = "172.18.0.0/16";
    public static final String FLAT_NETWORK_NAME = "kind";
    /** Docker gives its bridge the first host and containers the next ones, in the order kind creates its nodes. */
    public static final int FLAT_FIRST_NODE_HOST = 2;
    public static final String RESERVATION_NAME = "reserved-ips";
    /** nodeAddressAutodetectionV4 defaults to the VLANs' common supernet, never narrower than this. */
    public static final int NODE_ADDRESS_MAX_PREFIX = 16;

    /** The name a pool gets when it has none (the validator reports with the same names). */
    public static String poolName(String given, int index) {
        return given != null ? given : index == 0 ? FIRST_POOL_NAME : "ipv4-ippool-" + (index + 1);
    }

    /** The name an IPReservation gets when it has none. */
    public static String reservationName(String given, int index) {
        return given != null ? given : index == 0 ? RESERVATION_NAME : RESERVATION_NAME + "-" + (index + 1);
    }

    /** The name an explicit BGP peer gets when it has none. */
    public static String peerName(String given, int index) {
        return given != null ? given : "bgppeer-" + (index + 1);
    }
}
