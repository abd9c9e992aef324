package dev.labforge.probe;

import dev.labforge.check.PodAddressCheck;
import dev.labforge.net.Cidr;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;

/**
 * A pod's address as its eth0 shows it. No address yet is Pending (the pod is still being wired, or Calico's
 * CNI has not answered); a fixed address that is not the one asked for, or an address inside a range it must
 * be outside, is Failed at once: IPAM never moves a running pod's address. It acts (looks at the pod itself).
 */
final class PodAddressEvaluator implements CheckEvaluator<PodAddressCheck> {

    @Override
    public Class<PodAddressCheck> checkType() {
        return PodAddressCheck.class;
    }

    @Override
    public Optional<Reads> reads(PodAddressCheck c) {
        return Optional.empty();
    }

    @Override
    public Answer<String> evaluate(PodAddressCheck c, Round round) {
        List<String> held;
        try {
            held = round.target().podAddresses(c.pod());
        } catch (ObservationException e) {
            return Answer.pending("cannot observe: " + e.getMessage());
        }
        if (held.isEmpty()) {
            return Answer.pending(c.pod() + " has no IPv4 address yet");
        }
        String seen = "eth0 has " + String.join(", ", held);
        if (c.address() != null) {
            return held.stream().anyMatch(a -> address(a).equals(c.address())) ? Answer.done(seen)
                    : Answer.failed(seen + ", expected " + c.address() + " (its ipAddrs annotation)");
        }
        for (String a : held) {
            for (String range : c.outside()) {
                if (Cidr.parse(range).contains(address(a))) {
                    return Answer.failed(seen + ": " + address(a) + " is inside " + range + ", which IPAM must not hand out");
                }
            }
        }
        return Answer.done(seen + ", outside " + String.join(", ", c.outside()));
    }

    private static String address(String cidr) {
        int slash = cidr.indexOf('/');
        return slash < 0 ? cidr : cidr.substring(0, slash);
    }
}
