package dev.labforge.spec;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A pod address check ({@code expect.pod-address[i]}): {@code pod} ({@code <workload>@<node>}) has exactly
 * {@code ip}, or an address outside every one of {@code outside}.
 */
public record PodAddressExpectSpec(String pod, String ip, List<String> outside) implements ExpectEntry {
    public static final String KEY = "pod-address";

    static PodAddressExpectSpec read(YamlBinder b, Node n, String path) {
        YamlBinder.Obj o = b.obj(n, path, "pod", "ip", "outside");
        if (o == null) {
            return null;
        }
        o.required("pod");
        return new PodAddressExpectSpec(o.str("pod"), o.str("ip"), o.strings("outside"));
    }
}
