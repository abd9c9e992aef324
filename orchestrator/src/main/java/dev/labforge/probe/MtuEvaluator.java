package dev.labforge.probe;

import dev.labforge.check.MtuCheck;
import dev.labforge.wait.Answer;

/**
 * An interface's MTU on the ToR, a node or a pod, read from the target's interfaces. At another MTU it is
 * Pending; at the deadline the check fails with what it saw, by its name. Depends on no daemon: the kernel
 * keeps MTUs.
 */
final class MtuEvaluator extends InterfaceEvaluator<MtuCheck> {

    @Override
    public Class<MtuCheck> checkType() {
        return MtuCheck.class;
    }

    @Override
    Answer<String> judge(MtuCheck c, InterfaceState found) {
        String seen = c.iface() + " mtu " + found.mtu();
        return found.mtu() == c.mtu() ? Answer.done(seen) : Answer.pending(seen);
    }
}
