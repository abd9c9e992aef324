package dev.labforge.runtime.netns;

import dev.labforge.driver.RenderedTor;
import dev.labforge.driver.RenderedTorException;
import dev.labforge.rendered.RenderedPlan;
import dev.labforge.net.Cidr;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.runtime.netns.EmulationPlan.NodePlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPlan;
import dev.labforge.runtime.netns.EmulationPlan.TorPort;
import dev.labforge.runtime.netns.config.CalicoResources;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import dev.labforge.runtime.netns.config.RouterSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads a rendered lab folder (RENDERED.md fabric) into an {@link EmulationPlan}: topology.clab.yaml,
 * the kind config it references, the ToR startup config, the Calico resources and labforge/plan.yaml (a lab
 * without a ToR: {@link FlatLabReader}).
 * Reads files only; every problem is a {@link NetnsConfigException} naming the file and the item.
 */
public final class RenderedLabReader {
    private static final Pattern TOR_IFACE = Pattern.compile("eth([1-9][0-9]{0,2})");
    private static final String TOPOLOGY = RenderedPaths.TOPOLOGY;

    private RenderedLabReader() {
    }

    public static EmulationPlan read(Path dir) {
        Map<?, ?> topo = RenderedYaml.mapping(RenderedYaml.load(dir.resolve(TOPOLOGY)), TOPOLOGY, "the file");
        String lab = RenderedYaml.string(topo, "name", TOPOLOGY);
        if (!NetnsNames.isValidName(lab)) {
            throw new NetnsConfigException(TOPOLOGY + ": name '" + lab + "' cannot name namespaces; the netns runtime"
                    + " needs lower-case letters, digits and '-' (at most 63)");
        }
        Map<?, ?> topology = RenderedYaml.mapping(topo.get("topology"), TOPOLOGY, "topology");
        Map<?, ?> nodes = RenderedYaml.mapping(topology.get("nodes"), TOPOLOGY, "topology.nodes");
        RenderedPlan renderedPlan = PlanReader.load(dir);
        if (renderedPlan.network().isPresent()) {
            // no ToR: the nodes sit on the flat network plan.yaml describes
            return FlatLabReader.read(dir, lab, topology, nodes, renderedPlan, renderedPlan.network().get());
        }
        RenderedTor rendered = renderedTor(dir, renderedPlan);

        String cluster = null;
        String kindFile = null;
        Map<String, List<IpExecLine>> execByNode = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : nodes.entrySet()) {
            String name = String.valueOf(e.getKey());
            String where = TOPOLOGY + ": node " + name;
            Map<?, ?> def = RenderedYaml.mapping(e.getValue(), TOPOLOGY, "node " + name);
            String kind = RenderedYaml.string(def, "kind", where);
            if (!NetnsNames.isValidName(name)) {
                throw new NetnsConfigException(where + ": the name cannot name a namespace (lower-case letters, digits, '-')");
            }
            if (name.equals(rendered.name())) {
                continue;
            }
            if (kind.equals("k8s-kind")) {
                if (cluster != null) {
                    throw new NetnsConfigException(where + ": a second kind cluster (the first is " + cluster + ")");
                }
                cluster = name;
                kindFile = RenderedYaml.string(def, "startup-config", where);
            } else {
                // RenderedTor took the one router: every other node is a kind node wired in by containerlab
                execByNode.put(name, execLines(def, where));
            }
        }
        if (cluster == null) {
            throw new NetnsConfigException(TOPOLOGY + ": no k8s-kind node");
        }

        List<KindConfigReader.KindNode> kindNodes = KindConfigReader.read(dir, kindFile, cluster);
        String torName = rendered.name();
        List<TorPort> ports = readLinks(topology, torName, execByNode.keySet());
        KindConfigReader.checkSameNodes(kindNodes, execByNode.keySet(), kindFile);

        List<NodePlan> nodePlans = new ArrayList<>();
        for (KindConfigReader.KindNode k : kindNodes) {
            List<IpExecLine> exec = execByNode.get(k.name());
            String where = TOPOLOGY + ": node " + k.name();
            String cidr = exec.stream().map(l -> l.addressAddedTo("eth1")).filter(a -> a != null).findFirst()
                    .orElseThrow(() -> new NetnsConfigException(where + ": no exec line adds an address to eth1"
                            + " (expected `ip addr add dev eth1 A.B.C.D/L`)"));
            Cidr eth1 = RenderedYaml.parseInterface(cidr, where);
            if (k.ip() != null && !k.ip().equals(eth1.addressText())) {
                throw new NetnsConfigException(where + ": eth1 gets " + cidr + " but " + kindFile + " gives the node node-ip "
                        + k.ip() + "; re-render the lab");
            }
            nodePlans.add(new NodePlan(k.name(), k.role(), eth1.addressText(), cidr, k.labels(), exec));
        }

        TorPlan tor = new TorPlan(torName, rendered.driver(), ports);
        Supplier<RouterSetup> router = EmulationPlan.once(() -> readRouter(rendered));
        CalicoResources calico = CalicoResources.read(dir);
        PlanReader.Plan plan = PlanReader.read(renderedPlan, lab, nodePlans);
        return new EmulationPlan(lab, cluster, tor, nodePlans, plan.pods(), plan.blocks(), calico, router, plan.pings());
    }

    /** The ToR of the folder: platform from the plan, never guessed from an image or file name. */
    private static RenderedTor renderedTor(Path dir, RenderedPlan plan) {
        try {
            return RenderedTor.read(dir, plan);
        } catch (RenderedTorException e) {
            throw new NetnsConfigException(e.getMessage(), e);
        }
    }

    // ---- topology ----

    private static List<IpExecLine> execLines(Map<?, ?> def, String where) {
        Object exec = def.get("exec");
        if (exec == null) {
            return List.of();
        }
        if (!(exec instanceof List<?> list)) {
            throw new NetnsConfigException(where + ": exec must be a list of commands");
        }
        List<IpExecLine> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(IpExecLine.parse(String.valueOf(list.get(i)), where + " exec[" + i + "]"));
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException(e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<TorPort> readLinks(Map<?, ?> topology, String tor, Set<String> nodes) {
        Object links = topology.get("links");
        if (!(links instanceof List<?> list)) {
            throw new NetnsConfigException(TOPOLOGY + ": topology.links is missing; every node needs a link to " + tor);
        }
        List<TorPort> ports = new ArrayList<>();
        Set<String> usedIfaces = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = TOPOLOGY + ": links[" + i + "]";
            Map<?, ?> link = RenderedYaml.mapping(list.get(i), TOPOLOGY, "links[" + i + "]");
            if (!(link.get("endpoints") instanceof List<?> eps) || eps.size() != 2) {
                throw new NetnsConfigException(where + ": expected endpoints: [\"" + tor + ":ethN\", \"<node>:eth1\"]");
            }
            String[] a = String.valueOf(eps.get(0)).split(":", 2);
            String[] b = String.valueOf(eps.get(1)).split(":", 2);
            if (a.length != 2 || b.length != 2) {
                throw new NetnsConfigException(where + ": endpoints must look like node:interface, found " + eps);
            }
            if (b[0].equals(tor)) {
                String[] t = a;
                a = b;
                b = t;
            }
            if (!a[0].equals(tor) || !nodes.contains(b[0]) || !b[1].equals("eth1") || !TOR_IFACE.matcher(a[1]).matches()) {
                throw new NetnsConfigException(where + ": " + eps + " is not a `" + tor + ":ethN <-> <node>:eth1` link; the"
                        + " netns runtime wires each kind node's eth1 to one ToR port");
            }
            if (!usedIfaces.add(a[1]) || !linked.add(b[0])) {
                throw new NetnsConfigException(where + ": " + eps + " reuses " + (usedIfaces.contains(a[1]) ? tor + ":" + a[1]
                        : b[0] + ":eth1") + ", which an earlier link already wires");
            }
            ports.add(new TorPort(a[1], b[0]));
        }
        for (String n : nodes) {
            if (!linked.contains(n)) {
                throw new NetnsConfigException(TOPOLOGY + ": node " + n + " has no link to " + tor);
            }
        }
        return ports;
    }

    private static RouterSetup readRouter(RenderedTor tor) {
        String where = TOPOLOGY + ": node " + tor.name();
        try {
            return tor.driver().netns().setup(tor);
        } catch (NetnsConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NetnsConfigException(where + ": cannot translate the router config: " + e.getMessage(), e);
        }
    }

}
