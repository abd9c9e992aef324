package dev.labforge.runtime.clab;

/** The deploy phases of the clab runtime, in the order they run. Each has its own deadline ({@link ClabDeadlines}). */
public enum ClabPhase {
    PREFLIGHT("preflight", "prerequisites: Docker engine, containerlab, kind, images, kernel limits, name clashes"),
    CONTAINERLAB_DEPLOY("containerlab-deploy", "containerlab builds the ToR, the kind cluster and the links"),
    KUBECONFIG("kubeconfig", "kubeconfig of the kind cluster, written next to the rendered files"),
    CALICO_OPERATOR("calico-operator", "Calico CRDs, Tigera operator, Installation and APIServer"),
    CALICO_READY("calico-ready", "TigeraStatus calico and apiserver Available"),
    LAB_RESOURCES("lab-resources", "BGP configuration, BGP peers, IP pools, services, workloads"),
    NODES_READY("nodes-ready", "every kind node Ready"),
    WORKLOADS_READY("workloads-ready", "every workload pod Ready"),
    TOR_CONFIG("tor-config", "the ToR runs its rendered config (BGP, SVIs) and rejected no line");

    private final String id;
    private final String purpose;

    ClabPhase(String id, String purpose) {
        this.id = id;
        this.purpose = purpose;
    }

    public String id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }
}
