package dev.labforge.rendered;

import dev.labforge.check.Check;
import dev.labforge.check.CheckTypes;
import dev.labforge.check.PlanEntry;
import dev.labforge.check.PlanFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * labforge/plan.yaml read back: what the generator decided that no Kubernetes or router file carries —
 * the ToR's name and platform, or for a lab without a ToR its flat network and each node's address on it;
 * the IPAM blocks per node, the pods the embedded runtime creates, and every check verify runs, in order.
 * Runtimes read the platform here, never from an image name. Exactly one of {@code tor} and {@code network}.
 */
public record RenderedPlan(String lab, Optional<Tor> tor, Optional<Network> network, List<Block> blocks, List<PlannedPod> pods,
        List<Check> checks) {

    /** The ToR: its containerlab node name and its platform id. */
    public record Tor(String name, String platform) {
    }

    /** The flat network of a lab without a ToR (kind's Docker network) and the nodes' addresses on it, in node order. */
    public record Network(String name, String subnet, String gateway, List<NodeAddress> nodes) {
        public Network {
            nodes = List.copyOf(nodes);
        }
    }

    public record NodeAddress(String name, String ip) {
    }

    public record Block(String node, String cidr, String pool, boolean pinned) {
    }

    /** A pod as `lab exec` and the checks name it: {@code <workload>@<node>}; {@code name} is {@code <workload>-<node>}. */
    public record PlannedPod(String name, String workload, String node, String ip) {
        public String endpoint() {
            return workload + "@" + node;
        }
    }

    public RenderedPlan {
        if (tor.isPresent() == network.isPresent()) {
            throw new PlanFormatException(RenderedPaths.PLAN + ": names " + (tor.isPresent() ? "both a ToR and a flat network"
                    : "neither a ToR (tor, torPlatform) nor a flat network (network, nodes)") + " (re-render the lab)");
        }
        blocks = List.copyOf(blocks);
        pods = List.copyOf(pods);
        checks = List.copyOf(checks);
    }

    /**
     * Reads {@code <dir>/labforge/plan.yaml}; a problem is a {@link PlanFormatException} naming the file and the entry.
     * One `lab up` reads the plan several times (deploy, verify, the probes' view of the lab); the last plan read
     * is kept and given again while the file's size and modification time are unchanged.
     */
    public static RenderedPlan read(Path renderedDir) {
        Path file = renderedDir.resolve(RenderedPaths.PLAN);
        String stamp = stampOf(file);
        LastRead last = lastRead;
        if (last != null && stamp != null && last.file().equals(file.toAbsolutePath().normalize()) && last.stamp().equals(stamp)) {
            return last.plan();
        }
        RenderedPlan plan = parse(readText(file));
        if (stamp != null && stamp.equals(stampOf(file))) {
            lastRead = new LastRead(file.toAbsolutePath().normalize(), stamp, plan);
        }
        return plan;
    }

    /** The plan last read, and which version of which file it came from. */
    private record LastRead(Path file, String stamp, RenderedPlan plan) {
    }

    private static volatile LastRead lastRead;

    /** Size, modification time and file key: a rewrite of the file changes at least one; null when it cannot be read. */
    private static String stampOf(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "/" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + "/" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static String readText(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new PlanFormatException(file + " is missing; the folder is not a complete `lab render` output"
                    + " (re-render the lab)", e);
        } catch (IOException e) {
            throw new PlanFormatException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return text;
    }

    /** Parses plan.yaml's text (errors name it as {@code labforge/plan.yaml}). */
    public static RenderedPlan parse(String text) {
        String f = RenderedPaths.PLAN;
        Object root;
        try {
            // Our own file, and big on purpose for big labs (one entry per check): no size limit.
            root = PlanYaml.load(LoadSettings.builder().setLabel(f).setCodePointLimit(Integer.MAX_VALUE).build(), text);
        } catch (YamlEngineException e) {
            throw new PlanFormatException(f + ": malformed YAML: " + e.getMessage().strip(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new PlanFormatException(f + ": must be a mapping (re-render the lab)");
        }
        PlanEntry head = new PlanEntry(top, f);
        List<Block> blocks = new ArrayList<>();
        for (PlanEntry b : entries(top, "blocks")) {
            blocks.add(new Block(b.string("node"), b.string("cidr"), b.string("pool"), b.optionalBoolean("pinned", false)));
        }
        List<PlannedPod> pods = new ArrayList<>();
        for (PlanEntry p : entries(top, "pods")) {
            String workload = p.string("workload");
            String node = p.string("node");
            pods.add(new PlannedPod(p.optionalString("name", workload + "-" + node), workload, node, p.string("ip")));
        }
        List<Check> checks = new ArrayList<>();
        for (PlanEntry c : entries(top, "checks")) {
            checks.add(CheckTypes.fromPlan(c));
        }
        return new RenderedPlan(head.string("lab"), tor(top, head), network(top), blocks, pods, checks);
    }

    private static Optional<Tor> tor(Map<?, ?> top, PlanEntry head) {
        if (top.get("tor") == null && top.get("torPlatform") == null) {
            return Optional.empty();
        }
        return Optional.of(new Tor(head.string("tor"), head.string("torPlatform")));
    }

    private static Optional<Network> network(Map<?, ?> top) {
        Object v = top.get("network");
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new PlanFormatException(RenderedPaths.PLAN + ": network must be a mapping (re-render the lab)");
        }
        PlanEntry n = new PlanEntry(m, RenderedPaths.PLAN + ": network");
        List<NodeAddress> nodes = new ArrayList<>();
        for (PlanEntry e : entries(top, "nodes")) {
            nodes.add(new NodeAddress(e.string("name"), e.string("ip")));
        }
        return Optional.of(new Network(n.string("name"), n.string("subnet"), n.string("gateway"), nodes));
    }

    private static List<PlanEntry> entries(Map<?, ?> top, String key) {
        Object v = top.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new PlanFormatException(RenderedPaths.PLAN + ": " + key + " must be a list (re-render the lab)");
        }
        List<PlanEntry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = RenderedPaths.PLAN + ": " + key + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new PlanFormatException(where + " must be a mapping");
            }
            Object type = m.get("type");
            out.add(new PlanEntry(m, type == null ? where : where + " (" + type + ")"));
        }
        return out;
    }

    /** The pod with this endpoint ({@code <workload>@<node>}), or null. */
    public PlannedPod pod(String endpoint) {
        return pods.stream().filter(p -> p.endpoint().equals(endpoint)).findFirst().orElse(null);
    }

    public List<String> blocksOf(String node) {
        return blocks.stream().filter(b -> b.node().equals(node)).map(Block::cidr).toList();
    }
}
