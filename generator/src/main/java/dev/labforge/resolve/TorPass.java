package dev.labforge.resolve;

import dev.labforge.model.Tor;
import dev.labforge.model.TorRole;
import dev.labforge.model.Vlan;
import dev.labforge.net.Cidr;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import java.util.ArrayList;
import java.util.List;

/** ToR identity, platform and VLANs. Ports and listen ranges come later, once nodes and peers are known. */
final class TorPass {
    private TorPass() {
    }

    static Tor resolve(TorSpec spec) {
        TorPlatform platform = TorPlatforms.orDefault(spec.platform());
        boolean bgp = platform.runsBgp() && !Boolean.FALSE.equals(spec.bgp());
        // a router without BGP has no AS and no BGP role; the validator warns about either written
        TorRole role = !bgp ? TorRole.NONE : TorRole.fromId(spec.role() == null ? "route-reflector" : spec.role());
        long asn = bgp ? spec.asn() : 0;
        List<Vlan> vlans = new ArrayList<>();
        for (VlanSpec v : spec.vlans()) {
            Cidr subnet = Cidr.parse(v.subnet());
            String gateway = v.gateway() != null ? v.gateway() : subnet.host(1);
            String name = v.name() != null ? v.name() : "vlan" + v.id();
            int mtu = v.mtu() != null ? v.mtu() : spec.mtu() != null ? spec.mtu() : Defaults.TOR_MTU;
            vlans.add(new Vlan(v.id(), name, subnet.toString(), gateway, subnet.prefixLength(), mtu));
        }
        String image = spec.image() != null ? spec.image() : platform.defaultImage();
        String routerId = spec.routerId() != null ? spec.routerId() : vlans.get(0).gateway();
        return new Tor(spec.name(), platform, image, asn, role, routerId,
                or(spec.peerGroup(), Defaults.PEER_GROUP), or(spec.peerDescription(), Defaults.PEER_DESCRIPTION),
                spec.mtu() != null ? spec.mtu() : Defaults.TOR_MTU,
                List.copyOf(vlans), List.of(), List.of(), 0, false, bgp);
    }

    static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
