package dev.labforge.runtime.netns.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a ToR of platform frr: the rendered frr.conf is used as-is (it is what clab would run), and the VLAN bridges
 * come from the node's topology {@code exec} lines ({@link ExecLineRouter}).
 */
public final class FrrToRSetup {
    private static final Pattern LISTEN = Pattern.compile("^\\s*bgp listen range \\S+ peer-group (\\S+)\\s*$");
    private static final Pattern PEER_GROUP = Pattern.compile("^\\s*neighbor (\\S+) peer-group\\s*$");

    private FrrToRSetup() {
    }

    /**
     * The rendered frr.conf as-is, and VLAN bridges from the topology exec lines of the FRR node.
     *
     * @throws NetnsConfigException naming the exec line for anything {@link ExecLineRouter} does not emulate
     */
    public static RouterSetup fromFrr(String frrConf, List<String> execLines) {
        Objects.requireNonNull(frrConf, "frrConf");
        ExecLineRouter.Parsed parsed = ExecLineRouter.parse(execLines, "FRR ToR");
        List<String> warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(listenRangeOrder(frrConf));
        return new RouterSetup(parsed.vlans(), frrConf, parsed.routes(), warnings, parsed.loopbacks());
    }

    /** FRR drops a listen range whose peer-group is not defined yet; the real FRR ToR would too, so only warn. */
    static List<String> listenRangeOrder(String frrConf) {
        List<String> warnings = new ArrayList<>();
        List<String> defined = new ArrayList<>();
        String[] lines = frrConf.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher pg = PEER_GROUP.matcher(lines[i]);
            if (pg.matches()) {
                defined.add(pg.group(1));
            }
            Matcher lr = LISTEN.matcher(lines[i]);
            if (lr.matches() && !defined.contains(lr.group(1))) {
                warnings.add("frr.conf line " + (i + 1) + ": `" + lines[i].strip() + "` comes before `neighbor " + lr.group(1)
                        + " peer-group`: FRR drops this listen range, so no node can peer through it");
            }
        }
        return warnings;
    }
}
