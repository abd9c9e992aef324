package dev.labforge.resolve;

import dev.labforge.model.Calico;
import dev.labforge.model.Node;
import dev.labforge.model.Peer;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.spec.TorSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which peers select each node; the ToR's ports and the listen ranges its peers need. */
final class PeeringPass {
    private PeeringPass() {
    }

    static List<Node> attachPeers(List<Node> nodes, Calico calico) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            List<String> peers = calico.peers().stream().filter(p -> p.nodes().contains(n.name())).map(Peer::name).toList();
            out.add(n.withBgpPeers(peers));
        }
        return List.copyOf(out);
    }

    static Tor finishTor(Tor tor, TorSpec spec, Calico calico, List<Node> nodes) {
        List<TorPort> ports = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            ports.add(new TorPort(i + 1, "eth" + (i + 1), tor.platform().interfaceName(i + 1), n.name(), n.vlan()));
        }
        List<String> ranges;
        if (spec.listenRanges() != null) {
            ranges = spec.listenRanges().stream().map(r -> Cidr.parse(r).toString()).toList();
        } else {
            // Only VLANs whose nodes peer with one of the ToR's gateways need a listen range.
            Set<String> gateways = new LinkedHashSet<>();
            tor.vlans().forEach(v -> gateways.add(v.gateway()));
            Set<Integer> peeringVlans = new LinkedHashSet<>();
            for (Peer p : calico.peers()) {
                if (gateways.contains(p.peerIP())) {
                    for (Node n : nodes) {
                        if (p.nodes().contains(n.name())) {
                            peeringVlans.add(n.vlan());
                        }
                    }
                }
            }
            ranges = tor.vlans().stream().filter(v -> peeringVlans.contains(v.id())).map(Vlan::subnet).toList();
        }
        return new Tor(tor.name(), tor.platform(), tor.image(), tor.asn(), tor.role(), tor.routerId(), tor.peerGroup(),
                tor.peerDescription(), tor.mtu(), tor.vlans(), List.copyOf(ports), List.copyOf(ranges), calico.asn(),
                tor.asn() == calico.asn(), tor.runsBgp());
    }
}
