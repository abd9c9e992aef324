package dev.labforge.probe;

import dev.labforge.check.AddressCheck;
import dev.labforge.net.Cidr;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;

/**
 * An interface holds an IPv4 address inside a prefix (a node's VTEP on vxlan.calico inside its block, an
 * SVI address), read from the target's interfaces. Missing or elsewhere is Pending until the deadline.
 */
final class AddressEvaluator implements CheckEvaluator<AddressCheck> {

    @Override
    public Class<AddressCheck> checkType() {
        return AddressCheck.class;
    }

    @Override
    public Optional<Reads> reads(AddressCheck c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.INTERFACES));
    }

    @Override
    public Answer<String> evaluate(AddressCheck c, Round round) {
        Snapshot s = round.snapshot(c.side(), c.on());
        if (!s.interfaces().seen()) {
            return Answer.pending(ProbeEngine.CANNOT_OBSERVE + s.interfaces().failure());
        }
        Optional<InterfaceState> found = Interfaces.named(s.interfaces().value(), c.iface());
        if (found.isEmpty()) {
            return Answer.pending(Interfaces.missing(c.on(), c.iface(), s.interfaces().value()));
        }
        List<String> addresses = found.get().ipv4();
        Cidr within = Cidr.parse(c.within());
        for (String a : addresses) {
            if (within.contains(Cidr.parseInterface(a).address())) {
                return Answer.done(c.iface() + " " + a);
            }
        }
        return Answer.pending(c.iface() + (addresses.isEmpty() ? " has no IPv4 address" : " " + String.join(", ", addresses)));
    }
}
