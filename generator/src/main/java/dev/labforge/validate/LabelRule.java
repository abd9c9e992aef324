package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.spec.NodeSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Node labels follow Kubernetes label syntax; behind a ToR {@code vlan} is ours (set from the node's VLAN). */
final class LabelRule implements Rule {
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<NodeSpec> nodes = ctx.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, String> labels = nodes.get(i).labels();
            if (labels == null) {
                continue;
            }
            for (Map.Entry<String, String> e : labels.entrySet()) {
                String p = SpecPaths.nodePath(i) + ".labels." + e.getKey();
                String key = e.getKey();
                if (key.equals("vlan") && ctx.hasTor()) {
                    out.error("E-LABEL", p, ctx.at(p), "label 'vlan' is set from the node's VLAN and cannot be written",
                            "remove it; node " + nodes.get(i).name() + " gets vlan=" + nodes.get(i).vlan() + " automatically");
                } else if (!validKey(key)) {
                    out.error("E-LABEL", p, ctx.at(p), "'" + key + "' is not a valid Kubernetes label key",
                            "a key is [prefix/]name: name up to 63 characters of letters, digits, '-', '_', '.', "
                                    + "starting and ending with a letter or digit");
                } else if (e.getValue().length() > 63 || !NAME.matcher(e.getValue()).matches()) {
                    out.error("E-LABEL", p, ctx.at(p), "'" + e.getValue() + "' is not a valid Kubernetes label value",
                            "a value is empty or up to 63 letters, digits, '-', '_', '.', starting and ending with a letter or digit");
                }
            }
        }
    }

    private static boolean validKey(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        if (slash >= 0) {
            String prefix = key.substring(0, slash);
            if (prefix.isEmpty() || prefix.length() > 253 || !PREFIX.matcher(prefix).matches()) {
                return false;
            }
        }
        return !name.isEmpty() && name.length() <= 63 && NAME.matcher(name).matches();
    }
}
