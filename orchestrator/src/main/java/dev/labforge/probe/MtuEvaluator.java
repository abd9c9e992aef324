package dev.labforge.probe;

import dev.labforge.check.MtuCheck;
import dev.labforge.wait.Answer;
import java.util.Optional;

/**
 * An interface's MTU on the ToR, a node or a pod, read from the target's interfaces. The interface
 * missing or at another MTU is Pending (pods and vxlan.calico appear while the lab comes up); at the
 * deadline the check fails with what it saw, by its name. Depends on no daemon: the kernel keeps MTUs.
 */
final class MtuEvaluator implements CheckEvaluator<MtuCheck> {

    @Override
    public Class<MtuCheck> checkType() {
        return MtuCheck.class;
    }

    @Override
    public Optional<Reads> reads(MtuCheck c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.INTERFACES));
    }

    @Override
    public Answer<String> evaluate(MtuCheck c, Round round) {
        Snapshot s = round.snapshot(c.side(), c.on());
        if (!s.interfaces().seen()) {
            return Answer.pending(ProbeEngine.CANNOT_OBSERVE + s.interfaces().failure());
        }
        Optional<InterfaceState> found = Interfaces.named(s.interfaces().value(), c.iface());
        if (found.isEmpty()) {
            return Answer.pending(Interfaces.missing(c.on(), c.iface(), s.interfaces().value()));
        }
        String seen = c.iface() + " mtu " + found.get().mtu();
        return found.get().mtu() == c.mtu() ? Answer.done(seen) : Answer.pending(seen);
    }
}
