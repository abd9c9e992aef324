package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.model.Node;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import java.util.ArrayList;
import java.util.List;

/** {@code topology}: the VLANs and the nodes with their addresses, ports and labels, from the model. */
final class TopologyRegion implements RegionType {

    @Override
    public String type() {
        return "topology";
    }

    @Override
    public String usage() {
        return "topology|VLANs and nodes: addresses, ports";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        if (!ctx.hasTor()) {
            return flat(ctx);
        }
        Tor tor = ctx.torModel();
        List<List<String>> vlans = new ArrayList<>();
        for (Vlan v : tor.vlans()) {
            List<String> members = ctx.model().cluster().nodes().stream().filter(n -> n.vlan() == v.id()).map(Node::name).toList();
            vlans.add(List.of(String.valueOf(v.id()), v.name() == null ? "" : v.name(), v.subnet(), v.gatewayCidr(),
                    String.join(", ", members)));
        }
        List<List<String>> nodes = new ArrayList<>();
        for (Node n : ctx.model().cluster().nodes()) {
            nodes.add(List.of(n.name(), n.role(), String.valueOf(n.vlan()), n.ipCidr(), n.gateway(), port(tor, n.name()),
                    labels(n)));
        }
        return "The router " + Md.c(tor.name()) + " has one SVI per VLAN; it is each VLAN's gateway"
                + (ctx.hasBgp() ? " and the BGP peer of its nodes" : "") + ".\n\n"
                + Md.table(List.of("VLAN", "Name", "Subnet", "Gateway (" + tor.name() + ")", "Nodes"), vlans) + "\n"
                + "Each node's `eth1` is cabled to one ToR port.\n\n"
                + Md.table(List.of("Node", "Role", "VLAN", "eth1", "Gateway", "ToR port", "Labels"), nodes);
    }

    /** A lab without a ToR: the nodes on one network, as kind's nodes on its Docker network. */
    private static String flat(GuideContext ctx) {
        var net = ctx.network();
        List<List<String>> nodes = new ArrayList<>();
        for (Node n : ctx.model().cluster().nodes()) {
            nodes.add(List.of(n.name(), n.role(), n.ipCidr(), labels(n)));
        }
        return "There is no router: the nodes sit on one network, " + Md.c(net.name()) + " (" + net.subnet() + "), as kind's"
                + " nodes sit on its Docker network, each with its address on `eth0`. " + net.gateway() + " is that network's"
                + " own address (Docker's bridge), which no member of the lab holds; nodes reach each other directly.\n\n"
                + Md.table(List.of("Node", "Role", "eth0", "Labels"), nodes);
    }

    static String port(Tor tor, String node) {
        return tor.ports().stream().filter(p -> p.node().equals(node)).map(TorPort::routerInterface).findFirst().orElse("");
    }

    static String labels(Node n) {
        List<String> out = new ArrayList<>();
        n.labels().forEach((k, v) -> out.add(k + "=" + v));
        return String.join(", ", out);
    }
}
