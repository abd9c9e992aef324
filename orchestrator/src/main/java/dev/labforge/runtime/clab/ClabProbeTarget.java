package dev.labforge.runtime.clab;

import dev.labforge.check.Side;
import dev.labforge.driver.TorShow;
import dev.labforge.exec.CommandResult;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.probe.Aspect;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.BgpPrefixPaths;
import dev.labforge.probe.InterfaceState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.Observed;
import dev.labforge.probe.PingPacket;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.Snapshot;
import dev.labforge.probe.parse.CalicoNodeStatusParser;
import dev.labforge.probe.parse.IpAddrParser;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.PingParser;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.UnknownTargetException;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * What probes see of a clab lab: the ToR through `docker exec` of its driver's show commands (parsed
 * by the driver), the nodes' BGP sessions through one CalicoNodeStatus per node (the way Calico itself
 * reports BIRD's view), the nodes' routes from their kernel by `docker exec ... ip -j -4 route show` (what
 * forwards packets, Felix's VXLAN routes included, which BIRD never sees), interfaces by `ip -j addr show` in
 * the node container or the pod, pod addresses from the pods' status, pings from pods by pod exec, from the
 * ToR and nodes by `docker exec`. Parsing is the shared parsers' job.
 */
public final class ClabProbeTarget implements LabProbeTarget {
    static final String STATUS_API = "crd.projectcalico.org/v1";
    static final String STATUS_KIND = "CalicoNodeStatus";
    static final int STATUS_PERIOD_SECONDS = 5;
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Lab model;
    /** Empty for a lab without a ToR: it has no ToR checks, so nothing asks for the container. */
    private final Optional<String> torContainer;
    private final Optional<TorShow> tor;
    private final DockerEngine docker;
    private final KubeClusterApi kube;
    /** Nodes whose CalicoNodeStatus exists; snapshots of several nodes are taken side by side. */
    private final Set<String> statusCreated = ConcurrentHashMap.newKeySet();

    /** {@code tor}: the ToR's driver, whose commands run in the ToR container. */
    public ClabProbeTarget(RenderedLab lab, TorShow tor, DockerEngine docker, KubeClusterApi kube) {
        this(lab, Optional.of(tor), docker, kube);
    }

    /** A lab without a ToR: its nodes and pods only. */
    public ClabProbeTarget(RenderedLab lab, DockerEngine docker, KubeClusterApi kube) {
        this(lab, Optional.empty(), docker, kube);
    }

    private ClabProbeTarget(RenderedLab lab, Optional<TorShow> tor, DockerEngine docker, KubeClusterApi kube) {
        this.model = lab.model();
        this.torContainer = model.tor().map(t -> ClabTopologyFile.containerName(lab.name(), t.name()));
        this.tor = tor;
        this.docker = docker;
        this.kube = kube;
    }

    @Override
    public List<BgpPeerState> torBgpPeers() {
        return show().parseBgpSummary(torCli(show().bgpSummaryCommand()));
    }

    @Override
    public List<RouteEntry> torRoutes() {
        return show().parseRoutes(torCli(show().routesCommand()));
    }

    /** The driver's BGP prefix command in the ToR container (EOS: show ip bgp <cidr> detail | json; FRR: vtysh json). */
    @Override
    public BgpPrefixPaths torBgpPrefix(String prefix) {
        if (!show().runsBgp()) {
            throw new ObservationException(torContainer() + " runs no BGP: it has no BGP paths to show");
        }
        return show().parseBgpPrefix(prefix, torCli(show().bgpPrefixCommand(prefix)));
    }

    @Override
    public List<BgpPeerState> nodeBgpPeers(String node) {
        return CalicoNodeStatusParser.peers(nodeStatusJson(node));
    }

    @Override
    public List<RouteEntry> nodeRoutes(String node) {
        return IpRouteParser.parse(nodeExec(node, List.of("ip", "-j", "-4", "route", "show")));
    }

    /** The ToR's through its driver (EOS names: Vlan10, Ethernet1), a node's or a pod's by iproute2 inside it. */
    @Override
    public List<InterfaceState> interfaces(Side side, String on) {
        List<String> show = List.of("ip", "-j", "addr", "show");
        return switch (side) {
            case TOR -> show().parseInterfaces(torCli(show().interfacesCommand()));
            case NODE -> IpAddrParser.interfaces(nodeExec(on, show));
            case POD -> {
                PodInfo pod = pod(on);
                CommandResult r = ClabRuntime.podExec(kube, pod.name(), show, EXEC_TIMEOUT);
                if (!r.ok()) {
                    throw new ObservationException("`ip -j addr show` in pod " + pod.name() + " (" + on + ") failed: " + r.tail(3));
                }
                yield IpAddrParser.interfaces(r.stdout());
            }
        };
    }

    /** A node's BGP sessions are its one CalicoNodeStatus; its routes and interfaces are read from its kernel. */
    @Override
    public Snapshot snapshot(Side side, String on, Set<Aspect> aspects, Set<String> prefixes) {
        if (side != Side.NODE || !aspects.contains(Aspect.BGP)) {
            return LabProbeTarget.super.snapshot(side, on, aspects, prefixes);
        }
        Observed<List<BgpPeerState>> peers = Observed.look(() -> CalicoNodeStatusParser.peers(nodeStatusJson(on)));
        return new Snapshot(side, on, peers,
                aspects.contains(Aspect.ROUTES) ? Observed.look(() -> nodeRoutes(on)) : null, Map.of(),
                aspects.contains(Aspect.INTERFACES) ? Observed.look(() -> interfaces(side, on)) : null);
    }

    @Override
    public String addressOf(String endpoint) {
        if (isTor(endpoint)) {
            return model.tor().orElseThrow().routerId();
        }
        Node node = model.node(endpoint);
        if (node != null) {
            return node.ip();
        }
        PodInfo pod = pod(endpoint);
        if (pod.podIP() == null || pod.podIP().isBlank()) {
            throw new ObservationException("pod " + pod.name() + " (" + endpoint + ") has no address yet (phase " + pod.phase() + ")");
        }
        return pod.podIP();
    }

    /** The pod's status.podIP, which Calico's CNI reports for its eth0 (empty until it has one). */
    @Override
    public List<String> podAddresses(String pod) {
        PodInfo p = pod(pod);
        return p.podIP() == null || p.podIP().isBlank() ? List.of() : List.of(p.podIP() + "/32");
    }

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count) {
        return ping(fromEndpoint, toAddress, count, PingPacket.DEFAULT, Duration.ofSeconds(count * 2L + 10));
    }

    /** Each exec is given up after {@code limit} (at most its usual {@code 2 count + 10} s). */
    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count, PingPacket packet, Duration limit) {
        if (!dev.labforge.net.Ipv4.isValid(toAddress)) {
            throw new IllegalArgumentException("ping target must be an IPv4 address, got: " + toAddress);
        }
        Duration usual = Duration.ofSeconds(count * 2L + 10);
        Duration timeout = limit.compareTo(usual) < 0 ? limit : usual;
        List<String> linuxPing = new ArrayList<>(List.of("ping", "-c", String.valueOf(count), "-W", "1"));
        linuxPing.addAll(packet.pingOptions());
        linuxPing.add(toAddress);
        if (isTor(fromEndpoint)) {
            List<String> argv;
            try {
                argv = show().pingCommand(toAddress, count, packet);
            } catch (dev.labforge.driver.NotOnThisPlatformException e) {
                throw new ObservationException(e.getMessage());
            }
            return show().parsePing(docker.exec(torContainer(), argv, timeout).stdout());
        }
        CommandResult r;
        if (model.node(fromEndpoint) != null) {
            r = docker.exec(fromEndpoint, List.copyOf(linuxPing), timeout);
        } else {
            PodInfo pod = pod(fromEndpoint);
            r = ClabRuntime.podExec(kube, pod.name(), List.copyOf(linuxPing), timeout);
        }
        // ping exits 1 when nothing came back, and reports its own errors (message too long, mtu=1450) on stderr
        return PingParser.parse(r.stdout(), r.stderr());
    }

    /**
     * The IPAM blocks Calico really gave each node (BlockAffinity resources in state confirmed),
     * node → CIDRs in resource order: what the ToR should route to that node.
     */
    public Map<String, List<String>> blockAffinities() {
        Map<String, List<String>> byNode = new java.util.LinkedHashMap<>();
        for (Map<String, Object> res : kube.listClusterResources(STATUS_API, "BlockAffinity")) {
            if (res.get("spec") instanceof Map<?, ?> spec && "confirmed".equals(spec.get("state"))
                    && !"true".equals(String.valueOf(spec.get("deleted")))
                    && spec.get("node") != null && spec.get("cidr") != null) {
                byNode.computeIfAbsent(spec.get("node").toString(), k -> new ArrayList<>()).add(spec.get("cidr").toString());
            }
        }
        return byNode;
    }

    /** A command in a kind node's container (named as the node); a failure is an observation failure. */
    private String nodeExec(String node, List<String> argv) {
        if (model.node(node) == null) {
            throw new UnknownTargetException(node, model.cluster().nodes().stream().map(Node::name).toList());
        }
        CommandResult r = docker.exec(node, argv, EXEC_TIMEOUT);
        if (!r.ok()) {
            throw new ObservationException("`" + r.command().display() + "` " + (r.timedOut() ? "timed out" : "exit " + r.exitCode())
                    + ": " + r.tail(3));
        }
        return r.stdout();
    }

    private String torCli(List<String> argv) {
        CommandResult r = docker.exec(torContainer(), argv, EXEC_TIMEOUT);
        if (!r.ok()) {
            throw new ObservationException("`" + r.command().display() + "` " + (r.timedOut() ? "timed out" : "exit " + r.exitCode())
                    + ": " + r.tail(5));
        }
        return r.stdout();
    }

    /** Creates the node's CalicoNodeStatus on first use; calico-node fills in its status every few seconds. */
    private String nodeStatusJson(String node) {
        if (model.node(node) == null) {
            throw new UnknownTargetException(node, model.cluster().nodes().stream().map(Node::name).toList());
        }
        String name = "labforge-" + node;
        if (!statusCreated.contains(node)) {
            kube.createOrUpdateClusterResource(Map.of(
                    "apiVersion", STATUS_API, "kind", STATUS_KIND,
                    "metadata", Map.of("name", name),
                    "spec", Map.of("node", node, "classes", List.of("Agent", "BGP", "Routes"),
                            "updatePeriodSeconds", STATUS_PERIOD_SECONDS)));
            statusCreated.add(node);
        }
        Optional<Map<String, Object>> status = kube.getClusterResource(STATUS_API, STATUS_KIND, name);
        if (status.isEmpty()) {
            throw new ObservationException("CalicoNodeStatus " + name + " disappeared; it is recreated on the next look");
        }
        return JSON.writeValueAsString(status.get());
    }

    private PodInfo pod(String endpoint) {
        int at = endpoint.indexOf('@');
        if (at <= 0) {
            throw new UnknownTargetException(endpoint, validEndpoints());
        }
        String workload = endpoint.substring(0, at);
        String node = endpoint.substring(at + 1);
        if (model.workloads().stream().noneMatch(w -> w.name().equals(workload)) || model.node(node) == null) {
            throw new UnknownTargetException(endpoint, validEndpoints());
        }
        return kube.pods(ClabRuntime.NAMESPACE, "app=" + workload).stream()
                .filter(p -> node.equals(p.node())).findFirst()
                .orElseThrow(() -> new ObservationException("no pod app=" + workload + " on " + node + " yet"));
    }

    private TorShow show() {
        return tor.orElseThrow(() -> new ObservationException("the lab has no ToR"));
    }

    private String torContainer() {
        return torContainer.orElseThrow(() -> new ObservationException("the lab has no ToR"));
    }

    private boolean isTor(String endpoint) {
        return model.tor().filter(t -> t.name().equals(endpoint)).isPresent();
    }

    private List<String> validEndpoints() {
        List<String> valid = new ArrayList<>();
        model.tor().ifPresent(t -> valid.add(t.name()));
        model.cluster().nodes().forEach(n -> valid.add(n.name()));
        model.workloads().forEach(w -> w.nodes().forEach(n -> valid.add(w.name() + "@" + n)));
        return valid;
    }
}
