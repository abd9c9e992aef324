package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Tor;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.platform.ConfigFile;
import dev.labforge.rendered.RenderedPaths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tor-config}: the {@code router bgp} section of the ToR's rendered startup config (cEOS or FRR),
 * line by line, each explained from the model.
 */
final class TorConfigRegion implements RegionType {
    private static final Pattern LISTEN = Pattern.compile("bgp listen range (\\S+) peer-group (\\S+)(?: remote-as (\\d+))?");
    private static final Pattern WORDS = Pattern.compile("\\S+");

    @Override
    public String type() {
        return "tor-config";
    }

    @Override
    public String usage() {
        return "tor-config|the ToR's BGP config, explained";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        String file = file(ctx);
        if (file == null || Excerpt.configSection(Regions.require(ctx, file), "router bgp") == null) {
            throw new IllegalArgumentException("region `tor-config` needs a ToR with a BGP config; "
                    + ctx.torName() + " (" + ctx.torPlatform() + ") has none");
        }
    }

    /** The ToR's main rendered config (cEOS startup-config, FRR's frr.conf), or null for a router without one. */
    private static String file(GuideContext ctx) {
        List<ConfigFile> files = ctx.torModel().platform().files(ctx.torModel());
        return files.isEmpty() ? null : RenderedPaths.startupFile(files.get(0));
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        String file = file(ctx);
        String section = Excerpt.configSection(Regions.require(ctx, file), "router bgp");
        StringBuilder sb = new StringBuilder("The BGP part of ").append(Md.c(file)).append(":\n\n")
                .append(Md.code("text", section)).append('\n');
        for (String raw : section.split("\n")) {
            String line = raw.strip();
            String why = explain(ctx, line);
            if (why != null) {
                sb.append("- ").append(Md.c(line)).append(" — ").append(why).append('\n');
            }
        }
        return sb.toString();
    }

    /** What one config line does in this lab, or null for lines that need no word (comments, "!", "exit"). */
    static String explain(GuideContext ctx, String line) {
        Tor tor = ctx.torModel();
        List<String> w = WORDS.matcher(line).results().map(m -> m.group()).toList();
        if (w.isEmpty() || line.startsWith("!") || w.get(0).startsWith("exit")) {
            return null;
        }
        Matcher listen = LISTEN.matcher(line);
        if (listen.matches()) {
            return listen(ctx, listen.group(1));
        }
        if (w.get(0).equals("router") && w.size() == 3) {
            return "the ToR's BGP process, AS " + w.get(2) + "; Calico is AS " + ctx.model().calico().asn() + ", so "
                    + (tor.ibgp() ? "iBGP" : "eBGP") + ".";
        }
        if (line.endsWith("router-id " + tor.routerId())) {
            return "its BGP identifier (its address in VLAN " + tor.vlans().get(0).id() + ").";
        }
        if (w.get(0).equals("network") && w.size() == 2) {
            return "advertise the connected subnet " + w.get(1) + " to the nodes.";
        }
        if (w.get(0).equals("address-family")) {
            return "what follows is about IPv4 unicast routes.";
        }
        if (w.get(0).equals("neighbor") && w.size() >= 3) {
            return neighbor(ctx, w);
        }
        if (w.get(0).equals("maximum-paths")) {
            return "keep one best path per prefix.";
        }
        return null;
    }

    private static String neighbor(GuideContext ctx, List<String> w) {
        String rest = String.join(" ", w.subList(2, w.size()));
        if (rest.equals("peer group") || rest.equals("peer-group")) {
            return "a peer group: every node's session takes its settings from it.";
        }
        if (rest.startsWith("remote-as ")) {
            return "the nodes speak BGP from AS " + w.get(3) + ".";
        }
        if (rest.startsWith("description ")) {
            return "a label for people.";
        }
        if (rest.startsWith("next-hop-self")) {
            return "routes the ToR passes on name the ToR itself as next hop, so every node sends pod traffic to its own"
                    + " gateway" + (rest.endsWith("force") ? " (FRR needs `force` to do that for reflected routes)" : "") + ".";
        }
        if (rest.equals("route-reflector-client")) {
            return "the nodes are route-reflector clients: the ToR passes each node's routes on to the others, which iBGP"
                    + " would not do otherwise.";
        }
        if (rest.equals("activate")) {
            return "exchange IPv4 routes with the group.";
        }
        return null;
    }

    private static String listen(GuideContext ctx, String subnet) {
        Cidr range = Cidr.parse(subnet);
        String vlan = ctx.torModel().vlans().stream().filter(v -> v.subnet().equals(subnet)).map(Vlan::id)
                .map(id -> " (VLAN " + id + ")").findFirst().orElse("");
        List<String> peering = ctx.torSessions().stream().filter(s -> s.established() && range.contains(s.peer()))
                .map(s -> s.peerName()).toList();
        long others = ctx.model().cluster().nodes().stream().filter(n -> range.contains(n.ip())).count() - peering.size();
        return "accept a session from any address in " + subnet + vlan + ", no neighbor line per node"
                + (peering.isEmpty() ? "." : "; the nodes a BGPPeer sends here are " + Md.list(peering)
                        + (others > 0 ? " (the other " + others + " in the range open none)" : "") + ".");
    }
}
