package dev.labforge.probe;

import dev.labforge.check.AddressCheck;
import dev.labforge.net.Cidr;
import dev.labforge.wait.Answer;
import java.util.List;

/**
 * An interface holds an address inside a prefix (a node's VTEP on vxlan.calico or vxlan-v6.calico inside its
 * block, an SVI address), of the prefix's family, read from the target's interfaces. Missing or elsewhere is Pending until the deadline.
 */
final class AddressEvaluator extends InterfaceEvaluator<AddressCheck> {

    @Override
    public Class<AddressCheck> checkType() {
        return AddressCheck.class;
    }

    @Override
    Answer<String> judge(AddressCheck c, InterfaceState found) {
        Cidr within = Cidr.parse(c.within());
        List<String> addresses = found.addresses(within.family());
        for (String a : addresses) {
            if (within.contains(Cidr.parseInterface(a).ip())) {
                return Answer.done(c.iface() + " " + a);
            }
        }
        return Answer.pending(c.iface() + (addresses.isEmpty() ? " has no " + within.family().label() + " address"
                : " " + String.join(", ", addresses)));
    }
}
