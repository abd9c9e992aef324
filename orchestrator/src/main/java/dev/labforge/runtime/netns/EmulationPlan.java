package dev.labforge.runtime.netns;

import dev.labforge.driver.NetnsEmulation;
import dev.labforge.driver.TorDriver;
import dev.labforge.net.Cidr;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.NodeFacts;
import dev.labforge.runtime.netns.config.RouterSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the netns runtime builds, read from a rendered lab folder (never from the spec).
 *
 * @param lab     containerlab topology name
 * @param cluster kind cluster name (the k8s-kind node key)
 * @param tor     the ToR the nodes are wired to; empty for a lab without one
 * @param network the flat network the nodes sit on in a lab without a ToR; empty behind a ToR
 * @param routerSetup the ToR as the namespace builds it (VLAN bridges, routes, and the frr.conf when it runs FRR),
 *                    made on first use: `down`, `exec` and `status` need only the names
 * @param pings   the ping checks of labforge/plan.yaml (for tests and verify)
 */
public record EmulationPlan(String lab, String cluster, Optional<TorPlan> tor, Optional<NetworkPlan> network, List<NodePlan> nodes,
        List<PodPlan> pods, List<BlockPlan> blocks, CalicoResources calico, Supplier<RouterSetup> routerSetup, List<PingPlan> pings) {

    public EmulationPlan {
        if (tor.isPresent() == network.isPresent()) {
            throw new IllegalArgumentException("a lab's nodes are wired to a ToR or sit on a flat network: exactly one of them");
        }
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        blocks = List.copyOf(blocks);
        pings = List.copyOf(pings);
    }

    /** A lab behind a ToR. */
    public EmulationPlan(String lab, String cluster, TorPlan tor, List<NodePlan> nodes, List<PodPlan> pods, List<BlockPlan> blocks,
            CalicoResources calico, Supplier<RouterSetup> routerSetup, List<PingPlan> pings) {
        this(lab, cluster, Optional.of(tor), Optional.empty(), nodes, pods, blocks, calico, routerSetup, pings);
    }

    /**
     * The flat network of a lab without a ToR (kind's Docker network): a bridge in a namespace of its own
     * with every node's eth0 on it. {@code gateway} is the network's own address, which no member holds.
     */
    public record NetworkPlan(String name, String subnet, String gateway) {
    }

    /** The ToR: its name, the driver of its platform as plan.yaml names it, and its ports in link order. */
    public record TorPlan(String name, TorDriver driver, List<TorPort> ports) {
        public TorPlan {
            ports = List.copyOf(ports);
        }

        public String platform() {
            return driver.platform();
        }

        /** How this platform is built and observed in a namespace. */
        public NetnsEmulation emulation() {
            return driver.netns();
        }
    }

    /** What a veth (or any Ethernet device) gets unless someone sets its MTU. */
    public static final int DEFAULT_MTU = 1500;

    /** ToR port {@code iface} (eth&lt;N&gt;) wired to {@code node}'s eth1. */
    public record TorPort(String iface, String node) {
    }

    /**
     * A kind node.
     *
     * @param cidr   its address with the subnet's length: behind a ToR what the exec lines put on eth1
     *               (10.10.10.11/24), on a flat network its address there (172.18.0.3/16)
     * @param uplink the interface that holds {@code cidr}: eth1 (the ToR port's cable), or eth0 (the flat network)
     * @param exec   the topology's exec lines, already checked to be {@code ip} commands (none on a flat network)
     */
    public record NodePlan(String name, String role, String ip, String cidr, String uplink, Map<String, String> labels,
            List<IpExecLine> exec) {
        public static final String TOR_UPLINK = "eth1";
        public static final String FLAT_UPLINK = "eth0";

        public NodePlan {
            labels = Map.copyOf(labels);
            exec = List.copyOf(exec);
        }

        /** A node behind the ToR, addressed on eth1 by its exec lines. */
        public NodePlan(String name, String role, String ip, String cidr, Map<String, String> labels, List<IpExecLine> exec) {
            this(name, role, ip, cidr, TOR_UPLINK, labels, exec);
        }

        /** The node's subnet (10.10.10.0/24). */
        public Cidr subnet() {
            return Cidr.parseInterface(cidr).network();
        }

        /** The MTU the exec lines give the uplink (the last one wins); the kernel's 1500 when none does. */
        public int uplinkMtu() {
            int mtu = DEFAULT_MTU;
            for (IpExecLine l : exec) {
                Integer set = l.mtuSetOn(uplink);
                if (set != null) {
                    mtu = set;
                }
            }
            return mtu;
        }
    }

    /** A pod: namespace clab-&lt;lab&gt;-pod-&lt;workload&gt;-&lt;node&gt;, address {@code ip}/32. */
    public record PodPlan(String name, String workload, String node, String ip) {
        public String endpoint() {
            return workload + "@" + node;
        }
    }

    public record BlockPlan(String node, String cidr, String pool, boolean pinned) {
    }

    public record PingPlan(String from, String to, Integer ttl, boolean reachable) {
    }

    /**
     * The ToR as the namespace builds it; translating its config may fail with a {@code NetnsConfigException}.
     * Only a lab with a ToR has one.
     */
    public RouterSetup router() {
        if (tor.isEmpty()) {
            throw new IllegalStateException("lab " + lab + " has no ToR, so it has no router to build");
        }
        return routerSetup.get();
    }

    /** No router: a lab without a ToR. */
    static Supplier<RouterSetup> noRouter() {
        return () -> {
            throw new IllegalStateException("a lab without a ToR has no router");
        };
    }

    /** A plan whose router is already built. */
    public static Supplier<RouterSetup> built(RouterSetup router) {
        return () -> router;
    }

    /** Builds the router once, on first use, from {@code make}. */
    static Supplier<RouterSetup> once(Supplier<RouterSetup> make) {
        return new Supplier<>() {
            private RouterSetup made;

            @Override
            public synchronized RouterSetup get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    public Optional<NodePlan> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Optional<PodPlan> pod(String endpoint) {
        return pods.stream().filter(p -> p.endpoint().equals(endpoint)).findFirst();
    }

    public List<String> blocksOf(String node) {
        return blocks.stream().filter(b -> b.node().equals(node)).map(BlockPlan::cidr).toList();
    }

    /** What confd would know about every node, in node order. */
    public List<NodeFacts> nodeFacts() {
        List<NodeFacts> out = new ArrayList<>();
        for (NodePlan n : nodes) {
            out.add(new NodeFacts(n.name(), n.ip(), n.labels(), blocksOf(n.name())));
        }
        return out;
    }

    /** Valid exec/ping targets: the router (when there is one), the nodes, the pods. */
    public List<String> targets() {
        List<String> out = new ArrayList<>();
        tor.ifPresent(t -> out.add(t.name()));
        nodes.forEach(n -> out.add(n.name()));
        pods.forEach(p -> out.add(p.endpoint()));
        return out;
    }
}
