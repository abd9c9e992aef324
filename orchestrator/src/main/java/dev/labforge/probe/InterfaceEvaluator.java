package dev.labforge.probe;

import dev.labforge.check.InterfaceCheck;
import dev.labforge.wait.Answer;
import java.util.Optional;

/**
 * What the evaluators of one interface share: they read the target's interfaces, and an interface that is
 * not (yet) there is Pending, as pods and vxlan.calico appear while the lab comes up. Each type judges only
 * the interface found.
 */
abstract class InterfaceEvaluator<C extends InterfaceCheck> implements CheckEvaluator<C> {

    @Override
    public final Optional<Reads> reads(C c) {
        return Optional.of(new Reads(c.side(), c.on(), Aspect.INTERFACES));
    }

    @Override
    public final Answer<String> evaluate(C c, Round round) {
        Snapshot s = round.snapshot(c.side(), c.on());
        if (!s.interfaces().seen()) {
            return Answer.unobserved(s.interfaces().failure());
        }
        Optional<InterfaceState> found = Interfaces.named(s.interfaces().value(), c.iface());
        if (found.isEmpty()) {
            return Answer.pending(Interfaces.missing(c.on(), c.iface(), s.interfaces().value()));
        }
        return judge(c, found.get());
    }

    /** The check's answer on the interface it names. */
    abstract Answer<String> judge(C c, InterfaceState found);
}
