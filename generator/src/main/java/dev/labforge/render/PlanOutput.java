package dev.labforge.render;

import dev.labforge.rendered.RenderedPaths;
import dev.labforge.check.Check;
import dev.labforge.check.CheckTypes;
import dev.labforge.model.IpamBlock;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * labforge/plan.yaml: what the generator decided that no Kubernetes or router file carries: the ToR's
 * platform, or for a lab without a ToR its flat network and the nodes' addresses on it; the IPAM blocks
 * per node, the pods the embedded runtime creates, the checks. Read by the runtimes.
 */
public final class PlanOutput implements Output {
    static final String TEMPLATE = "labforge/plan.yaml.ftl";

    public record Block(String node, String cidr, String pool, boolean pinned) {
    }

    /** A node's address on the flat network (which no other rendered file carries: Docker assigns it under containerlab). */
    public record NodeAddress(String name, String ip) {
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        Map<String, Object> model = Views.model(lab);
        lab.tor().ifPresent(tor -> {
            model.put("torPlatform", tor.platform().id());
            model.put("torName", YamlScalar.of(tor.name()));
        });
        lab.network().ifPresent(network -> {
            model.put("network", network);
            model.put("nodes", lab.cluster().nodes().stream().map(n -> new NodeAddress(YamlScalar.of(n.name()), n.ip())).toList());
        });
        model.put("blocks", blocks(lab));
        model.put("pods", lab.pods());
        model.put("checks", lab.checks().stream().map(PlanOutput::flowFields).toList());
        return List.of(new RenderedFile(RenderedPaths.PLAN, catalog.render(TEMPLATE, model)));
    }

    /**
     * One check as plan.yaml fields, each value already written as YAML (the template only lays them
     * out): addresses and CIDRs plain, other strings as {@link YamlScalar} does, lists in flow style.
     */
    static Map<String, String> flowFields(Check check) {
        Map<String, String> out = new LinkedHashMap<>();
        CheckTypes.toPlan(check).forEach((k, v) -> out.put(k, yamlValue(v)));
        return out;
    }

    private static String yamlValue(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(PlanOutput::yamlValue).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        String text = String.valueOf(v);
        return ADDRESS.matcher(text).matches() ? text : YamlScalar.of(text);
    }

    /** IPv4 or IPv6 addresses and CIDRs: never numbers or booleans to a YAML reader, so they need no quotes. */
    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F]*(:[0-9a-fA-F]*){2,})(/\\d{1,3})?");

    static List<Block> blocks(Lab lab) {
        List<Block> out = new ArrayList<>();
        for (Node n : lab.cluster().nodes()) {
            for (IpamBlock b : n.blocks()) {
                out.add(new Block(n.name(), b.cidr(), b.pool(), b.pinned()));
            }
        }
        return List.copyOf(out);
    }
}
