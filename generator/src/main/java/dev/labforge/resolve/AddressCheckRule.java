package dev.labforge.resolve;

import dev.labforge.check.AddressCheck;
import dev.labforge.check.Check;
import dev.labforge.check.Side;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.net.Cidr;
import dev.labforge.spec.AddressExpectSpec;
import dev.labforge.spec.ExpectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** With VXLAN, each node's vxlan.calico holds its VTEP address, which Calico's IPAM takes from the node's block. */
final class AddressCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        List<Check> out = new ArrayList<>();
        for (Node n : lab.cluster().nodes()) {
            OverlayFacts.tunnelBlock(lab, n).ifPresent(b ->
                    out.add(new AddressCheck(n.name(), Side.NODE, Defaults.VXLAN_DEVICE, b.cidr(), true)));
        }
        return out;
    }

    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (AddressExpectSpec e : spec.entries(AddressExpectSpec.KEY, AddressExpectSpec.class)) {
            out.add(new AddressCheck(e.on(), MtuCheckRule.side(lab, e.on()), e.iface(),
                    Cidr.parseInterface(e.within()).network().toString(), false));
        }
        return out;
    }
}
