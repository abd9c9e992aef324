package dev.labforge.driver;

import dev.labforge.check.PlanFormatException;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.rendered.RenderedPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The ToR as a rendered folder describes it: its name and platform from labforge/plan.yaml (never guessed
 * from an image or a file name) and its node in topology.clab.yaml, whose kind must be one the platform's
 * driver renders. Runtimes build and check the router from this, through {@link #driver()}.
 *
 * @param lab           the lab's name (plan.yaml's lab)
 * @param startupConfig the node's containerlab {@code startup-config}, relative to the folder; null when it has none
 * @param binds         container path to file relative to the folder, from {@code binds: ["file:/container/path"]}
 * @param exec          the node's exec lines, in order
 */
public record RenderedTor(Path dir, String lab, String name, TorDriver driver, String kind, String image, String startupConfig,
        Map<String, String> binds, List<String> exec) {
    private static final String TOPOLOGY = RenderedPaths.TOPOLOGY;
    private static final String PLAN = RenderedPaths.PLAN;
    /** Nodes of these kinds are the cluster, not the router. */
    private static final List<String> CLUSTER_KINDS = List.of("k8s-kind", "ext-container");

    public RenderedTor {
        binds = Map.copyOf(binds);
        exec = List.copyOf(exec);
    }

    /** Reads the ToR of the rendered folder {@code dir}: plan.yaml names it and its platform. */
    public static RenderedTor read(Path dir) {
        RenderedPlan plan;
        try {
            plan = RenderedPlan.read(dir);
        } catch (PlanFormatException e) {
            throw new RenderedTorException(e.getMessage(), e);
        }
        return read(dir, plan);
    }

    /** The ToR of the rendered folder {@code dir}, or empty when plan.yaml names none (a lab without a ToR). */
    public static java.util.Optional<RenderedTor> readIfAny(Path dir) {
        RenderedPlan plan;
        try {
            plan = RenderedPlan.read(dir);
        } catch (PlanFormatException e) {
            throw new RenderedTorException(e.getMessage(), e);
        }
        return plan.tor().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(read(dir, plan));
    }

    /** The same with the folder's plan already read (a big lab's plan is worth reading once). */
    public static RenderedTor read(Path dir, RenderedPlan plan) {
        RenderedPlan.Tor tor = plan.tor().orElseThrow(() -> new RenderedTorException(PLAN + " names no ToR: the lab's nodes"
                + " sit on a flat network, so there is no router to read"));
        TorDriver driver = TorDrivers.of(tor.platform());
        Map<?, ?> topology = mapping(load(dir.resolve(TOPOLOGY)), TOPOLOGY, "the file");
        Map<?, ?> nodes = topology.get("topology") instanceof Map<?, ?> t ? mapping(t.get("nodes"), TOPOLOGY, "topology.nodes")
                : mapping(null, TOPOLOGY, "topology");
        String name = tor.name();
        if (!(nodes.get(name) instanceof Map<?, ?> def)) {
            throw new RenderedTorException(PLAN + " names " + name + " the ToR but " + TOPOLOGY + " has no such node;"
                    + " the folder mixes two renders: re-render the lab");
        }
        for (Map.Entry<?, ?> e : nodes.entrySet()) {
            Map<?, ?> node = mapping(e.getValue(), TOPOLOGY, "node " + e.getKey());
            if (!name.equals(String.valueOf(e.getKey())) && !CLUSTER_KINDS.contains(String.valueOf(node.get("kind")))) {
                throw new RenderedTorException(TOPOLOGY + ": node " + e.getKey() + " is a second router (" + PLAN + " names "
                        + name + " the ToR); a lab has exactly one ToR");
            }
        }
        String where = TOPOLOGY + ": node " + name;
        String kind = String.valueOf(def.get("kind"));
        if (!driver.clabKinds().contains(kind)) {
            throw new RenderedTorException(where + " has kind " + kind + " but " + PLAN + " says torPlatform " + driver.platform()
                    + ", whose routers are kind " + String.join(" or ", driver.clabKinds().stream().sorted().toList())
                    + "; the folder mixes two renders: re-render the lab");
        }
        return new RenderedTor(dir, plan.lab(), name, driver, kind, def.get("image") == null ? "" : String.valueOf(def.get("image")),
                def.get("startup-config") == null ? null : String.valueOf(def.get("startup-config")),
                binds(def, where), strings(def, "exec", where));
    }

    /** The container path's bound file, resolved inside the folder. */
    public Optional<Path> boundFile(String containerPath) {
        String file = binds.get(containerPath);
        return file == null ? Optional.empty() : Optional.of(inside(file, TOPOLOGY + ": node " + name + " binds"));
    }

    /** The startup-config file, resolved inside the folder. */
    public Optional<Path> startupConfigFile() {
        return startupConfig == null ? Optional.empty()
                : Optional.of(inside(startupConfig, TOPOLOGY + ": node " + name + " startup-config"));
    }

    /** A file of the folder as text. */
    public String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new RenderedTorException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); pass the folder `lab render` wrote", e);
        }
    }

    /** The folder-relative form of a file, for messages. */
    public String relative(Path file) {
        Path base = dir.toAbsolutePath().normalize();
        Path p = file.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : file.toString();
    }

    private Path inside(String relative, String where) {
        Path base = dir.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new RenderedTorException(where + ": '" + relative + "' points outside the rendered folder " + base);
        }
        return p;
    }

    private static Map<String, String> binds(Map<?, ?> def, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String bind : strings(def, "binds", where)) {
            String[] parts = bind.split(":");
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new RenderedTorException(where + ": bind '" + bind + "' is not file:/container/path[:ro]");
            }
            out.put(parts[1], parts[0]);
        }
        return out;
    }

    private static List<String> strings(Map<?, ?> def, String key, String where) {
        Object v = def.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new RenderedTorException(where + ": " + key + " must be a list");
        }
        List<String> out = new ArrayList<>();
        list.forEach(o -> out.add(String.valueOf(o)));
        return out;
    }

    private static Object load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RenderedTorException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); pass the folder `lab render` wrote", e);
        }
        try {
            return new Load(LoadSettings.builder().setLabel(file.getFileName().toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new RenderedTorException(file + ": malformed YAML: " + e.getMessage().strip(), e);
        }
    }

    private static Map<?, ?> mapping(Object o, String file, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new RenderedTorException(file + ": " + what + " must be a mapping");
        }
        return m;
    }
}
