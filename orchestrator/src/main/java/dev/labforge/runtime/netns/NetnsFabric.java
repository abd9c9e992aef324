package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.PodPlan;
import dev.labforge.runtime.netns.config.PoolDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The namespaces, links, addresses, routes and sysctls of a lab as {@code ip -batch} lines. Pure: every
 * line is built from names checked by {@link NetnsNames} and addresses parsed by {@link Cidr}/{@link Ipv4},
 * never from raw text; the topology's exec lines were checked by {@link IpExecLine}.
 */
public final class NetnsFabric {
    static final String CALICO_GATEWAY = "169.254.1.1";

    private final EmulationPlan plan;
    private final NetnsNames names;
    private final Underlay underlay;
    private final FelixDataplane felix;

    /** One namespace: what it is (router | network | node | pod), the lab's name for it, the namespace name. */
    public record Member(String kind, String name, String ns) {
    }

    public NetnsFabric(EmulationPlan plan) {
        this.plan = plan;
        this.names = new NetnsNames(plan.lab());
        // the one place that tells a lab behind a ToR from one on a flat network
        this.underlay = plan.tor().<Underlay>map(t -> new TorUnderlay(plan, t, names))
                .orElseGet(() -> new FlatUnderlay(plan, plan.network().orElseThrow(), names));
        this.felix = new FelixDataplane(plan);
        checkEmulatable();
    }

    public NetnsNames names() {
        return names;
    }

    public EmulationPlan plan() {
        return plan;
    }

    /** The ToR's namespace; only a lab with a ToR has one. */
    public String torNs() {
        return names.nodeNs(plan.tor().orElseThrow(() -> new IllegalStateException("lab " + plan.lab() + " has no ToR")).name());
    }

    /** The namespace the nodes' uplinks lead to: the ToR's, or the flat network's. */
    public String underlayNs() {
        return underlay.member().ns();
    }

    /** Whether the underlay's namespace runs FRR (a ToR whose emulation is FRR). */
    public boolean runsFrr() {
        return underlay.runsFrr();
    }

    public String nodeNs(String node) {
        return names.nodeNs(node);
    }

    public String podNs(PodPlan pod) {
        return names.podNs(pod.workload(), pod.node());
    }

    public String cali(PodPlan pod) {
        return names.caliInterface(pod.name());
    }

    /** The router (or the flat network), nodes, pods, in that order. */
    public List<Member> members() {
        List<Member> out = new ArrayList<>();
        out.add(underlay.member());
        plan.nodes().forEach(n -> out.add(new Member("node", n.name(), nodeNs(n.name()))));
        plan.pods().forEach(p -> out.add(new Member("pod", p.endpoint(), podNs(p))));
        return out;
    }

    /** Root batch: create every namespace. */
    public List<String> namespaceBatch() {
        return members().stream().map(m -> "netns add " + m.ns()).toList();
    }

    /** Per-namespace batch run first in each: loopback up and the ownership mark. */
    public List<String> markBatch() {
        return List.of("link set lo up", "link property add dev lo altname " + names.mark());
    }

    /** Root batch: the links of the underlay (ToR ports or flat network ports) and whatever else the nodes' wiring needs. */
    public List<String> fabricLinkBatch() {
        return underlay.linkBatch();
    }

    /** The underlay's namespace: the ToR's VLAN bridges, SVIs and routes, or the flat network's bridge. */
    public List<String> underlayBatch() {
        return underlay.batch();
    }

    /**
     * Node namespace: its uplink (and default route) as the underlay wires it, the topology's exec lines, then
     * what Felix programs for VXLAN pools (the vxlan.calico device, routes, neighbours: {@link FelixDataplane}).
     */
    public List<String> nodeBatch(NodePlan node) {
        List<String> out = new ArrayList<>(underlay.nodeUplink(node));
        node.exec().forEach(l -> out.add(l.batchLine()));
        out.addAll(felix.ipLines(node));
        return out;
    }

    /** Node namespace, for {@code bridge -batch} after {@link #nodeBatch}: Felix's FDB entries, one per remote VTEP. */
    public List<String> nodeFdbBatch(NodePlan node) {
        return felix.fdbLines(node);
    }

    /** The MTU Calico gives this node's pods (their eth0, the host-side cali and vxlan.calico). */
    public int podMtu(String node) {
        return plan.node(node).map(felix::podMtu).orElse(EmulationPlan.DEFAULT_MTU);
    }

    /** Root batch: each pod's veth, cali... in the node namespace and eth0 in the pod namespace. */
    public List<String> podLinkBatch() {
        return plan.pods().stream()
                .map(p -> "link add " + cali(p) + " netns " + nodeNs(p.node()) + " type veth peer name eth0 netns " + podNs(p))
                .toList();
    }

    /** Pod namespace, wired the Calico way, at its node's pod MTU. */
    public List<String> podBatch(PodPlan pod) {
        String ip = Ipv4.format(Ipv4.parse(pod.ip()));
        return List.of(
                "link set eth0 mtu " + podMtu(pod.node()) + " up",
                "addr add " + ip + "/32 dev eth0",
                "route add " + CALICO_GATEWAY + " dev eth0 scope link",
                "route add default via " + CALICO_GATEWAY + " dev eth0");
    }

    /** Node namespace, after the pod links exist: host side up and a /32 route to each pod. */
    public List<String> nodePodBatch(String node) {
        List<String> out = new ArrayList<>();
        for (PodPlan p : plan.pods()) {
            if (p.node().equals(node)) {
                out.add("link set " + cali(p) + " mtu " + podMtu(node) + " up");
                out.add("route add " + Ipv4.format(Ipv4.parse(p.ip())) + "/32 dev " + cali(p) + " scope link");
            }
        }
        return out;
    }

    /** sysctl arguments for the router and for each node (in that order), applied once links exist. */
    public Map<String, List<String>> forwardingSysctls() {
        return underlay.forwardingSysctls();
    }

    /** sysctl arguments per node namespace that has pods: immediate proxy ARP on each cali interface. */
    public Map<String, List<String>> podSysctls() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (PodPlan p : plan.pods()) {
            List<String> args = out.computeIfAbsent(nodeNs(p.node()), k -> new ArrayList<>());
            args.add("net.ipv4.conf." + cali(p) + ".proxy_arp=1");
            // The kernel delays proxy ARP answers by up to 0.8 s by default; Calico turns that off too.
            args.add("net.ipv4.neigh." + cali(p) + ".proxy_delay=0");
        }
        return out;
    }

    /**
     * IP-in-IP is not emulated: its routes come from Calico's BIRD fork (the krt_tunnel attribute upstream BIRD
     * rejects) and this machine's kernel may have no ipip device at all. VXLAN is ({@link FelixDataplane}).
     */
    private void checkEmulatable() {
        for (PoolDef pool : plan.calico().pools()) {
            boolean used = plan.blocks().stream().anyMatch(b -> b.pool().equals(pool.name()));
            if (pool.ipip() && used) {
                throw new DeployException("IP pool " + pool.name() + " uses IPIP (ipipMode " + pool.ipipMode() + "), which the netns"
                        + " runtime does not emulate: its tunnel routes come from Calico's own BIRD, and the kernel may have no"
                        + " ipip device (`lab doctor` lists the encapsulations it supports). Use encapsulation VXLAN or"
                        + " VXLANCrossSubnet (emulated as Felix programs it) or None, or --runtime clab");
            }
        }
    }
}
