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

    /** One namespace: what it is (router | network | node | pod), the lab's name for it, the namespace name. */
    public record Member(String kind, String name, String ns) {
    }

    public NetnsFabric(EmulationPlan plan) {
        this.plan = plan;
        this.names = new NetnsNames(plan.lab());
        // the one place that tells a lab behind a ToR from one on a flat network
        this.underlay = plan.tor().<Underlay>map(t -> new TorUnderlay(plan, t, names))
                .orElseGet(() -> new FlatUnderlay(plan, plan.network().orElseThrow(), names));
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

    /** Node namespace: its uplink (and default route) as the underlay wires it, then the topology's exec lines. */
    public List<String> nodeBatch(NodePlan node) {
        List<String> out = new ArrayList<>(underlay.nodeUplink(node));
        node.exec().forEach(l -> out.add(l.batchLine()));
        out.addAll(overlayRoutes(node));
        return out;
    }

    /**
     * Routes Felix would program for VXLAN/IPIP CrossSubnet pools between nodes of one subnet: the other
     * node's blocks straight via its address on the node's uplink (no encapsulation), because BIRD does not
     * program them; as Felix writes them, with its protocol number (80) and onlink.
     */
    List<String> overlayRoutes(NodePlan node) {
        List<String> out = new ArrayList<>();
        for (NodePlan other : plan.nodes()) {
            if (other == node || !other.subnet().equals(node.subnet())) {
                continue;
            }
            for (EmulationPlan.BlockPlan b : plan.blocks()) {
                if (b.node().equals(other.name()) && vxlanPool(b.pool())) {
                    out.add("route add " + Cidr.parse(b.cidr()) + " via " + Ipv4.format(Ipv4.parse(other.ip())) + " dev "
                            + NetnsNames.requireInterface(node.uplink()) + " proto 80 onlink");
                }
            }
        }
        return out;
    }

    /** Root batch: each pod's veth, cali... in the node namespace and eth0 in the pod namespace. */
    public List<String> podLinkBatch() {
        return plan.pods().stream()
                .map(p -> "link add " + cali(p) + " netns " + nodeNs(p.node()) + " type veth peer name eth0 netns " + podNs(p))
                .toList();
    }

    /** Pod namespace, wired the Calico way. */
    public List<String> podBatch(PodPlan pod) {
        String ip = Ipv4.format(Ipv4.parse(pod.ip()));
        return List.of(
                "link set eth0 up",
                "addr add " + ip + "/32 dev eth0",
                "route add " + CALICO_GATEWAY + " dev eth0 scope link",
                "route add default via " + CALICO_GATEWAY + " dev eth0");
    }

    /** Node namespace, after the pod links exist: host side up and a /32 route to each pod. */
    public List<String> nodePodBatch(String node) {
        List<String> out = new ArrayList<>();
        for (PodPlan p : plan.pods()) {
            if (p.node().equals(node)) {
                out.add("link set " + cali(p) + " up");
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

    private boolean vxlanPool(String poolName) {
        // Felix programs VXLAN routes; BIRD programs IPIP ones itself.
        return plan.calico().pools().stream().filter(p -> p.name().equals(poolName)).anyMatch(PoolDef::vxlan);
    }

    /**
     * Labs whose pod traffic between subnets needs VXLAN/IPIP cannot be emulated: there is no tunnel here.
     * Same-subnet traffic of CrossSubnet pools is routed directly, as Felix does.
     */
    private void checkEmulatable() {
        for (PoolDef pool : plan.calico().pools()) {
            if (!pool.vxlan() && !pool.ipip()) {
                continue;
            }
            List<NodePlan> holders = plan.nodes().stream()
                    .filter(n -> plan.blocks().stream().anyMatch(b -> b.node().equals(n.name()) && b.pool().equals(pool.name())))
                    .toList();
            for (NodePlan a : holders) {
                for (NodePlan b : holders) {
                    if (!a.subnet().equals(b.subnet())) {
                        throw new DeployException("IP pool " + pool.name() + " uses " + (pool.vxlan() ? "VXLAN " + pool.vxlanMode()
                                : "IPIP " + pool.ipipMode()) + " and has blocks on " + a.name() + " (" + a.subnet() + ") and "
                                + b.name() + " (" + b.subnet() + "): pod traffic between them needs an overlay, which is not"
                                + " emulated by netns; use --runtime clab for this lab");
                    }
                }
            }
        }
    }
}
