package dev.labforge.spec;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * An interface MTU check ({@code expect.mtu[i]}): {@code interface} of {@code on} (the ToR, a node, or a
 * pod {@code <workload>@<node>}) has MTU {@code mtu}. The ToR's interfaces go by its platform's names
 * (Vlan10, Ethernet1 on cEOS; br10, eth1 on FRR and Linux).
 */
public record MtuExpectSpec(String on, String iface, Integer mtu) implements ExpectEntry {
    public static final String KEY = "mtu";

    static MtuExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "on", "interface", "mtu");
        if (o == null) {
            return null;
        }
        o.required("on", "interface", "mtu");
        return new MtuExpectSpec(o.str("on"), o.str("interface"), o.integer("mtu"));
    }
}
