package dev.labforge.probe;

import dev.labforge.check.AddressCheck;
import dev.labforge.net.Cidr;
import dev.labforge.wait.Answer;
import java.util.List;

/**
 * An interface holds an IPv4 address inside a prefix (a node's VTEP on vxlan.calico inside its block, an
 * SVI address), read from the target's interfaces. Missing or elsewhere is Pending until the deadline.
 */
final class AddressEvaluator extends InterfaceEvaluator<AddressCheck> {

    @Override
    public Class<AddressCheck> checkType() {
        return AddressCheck.class;
    }

    @Override
    Answer<String> judge(AddressCheck c, InterfaceState found) {
        List<String> addresses = found.ipv4();
        Cidr within = Cidr.parse(c.within());
        for (String a : addresses) {
            if (within.contains(Cidr.parseInterface(a).address())) {
                return Answer.done(c.iface() + " " + a);
            }
        }
        return Answer.pending(c.iface() + (addresses.isEmpty() ? " has no IPv4 address" : " " + String.join(", ", addresses)));
    }
}
