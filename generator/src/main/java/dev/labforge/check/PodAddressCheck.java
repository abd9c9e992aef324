package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The address a pod got from Calico IPAM, as its eth0 shows it: exactly {@code address} (a fixed address,
 * Calico's ipAddrs annotation), or any address outside every one of {@code outside} (a pod IPAM chose for,
 * which never gets a reserved address). Exactly one of the two is given.
 *
 * @param pod {@code <workload>@<node>}
 */
public record PodAddressCheck(String pod, String address, List<String> outside, boolean derived) implements Check {

    public static final String TYPE = "pod-address";

    public PodAddressCheck {
        Objects.requireNonNull(pod, "pod");
        outside = outside == null ? List.of() : List.copyOf(outside);
        if ((address == null) == outside.isEmpty()) {
            throw new IllegalArgumentException("an address check needs either the address or the ranges it must be outside: " + pod);
        }
    }

    public static PodAddressCheck fixed(String pod, String address, boolean derived) {
        return new PodAddressCheck(pod, address, List.of(), derived);
    }

    public static PodAddressCheck outside(String pod, List<String> ranges, boolean derived) {
        return new PodAddressCheck(pod, null, ranges, derived);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        return "pod-address " + pod + " " + expected();
    }

    @Override
    public String expected() {
        return address != null ? "is " + address : "outside " + String.join(", ", outside);
    }

    /** One pod's address, whatever it must be. */
    @Override
    public String key() {
        return TYPE + " " + pod;
    }

    static final class Type implements CheckType<PodAddressCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<PodAddressCheck> recordType() {
            return PodAddressCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(PodAddressCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pod", c.pod());
            if (c.address() != null) {
                m.put("address", c.address());
            } else {
                m.put("outside", c.outside());
            }
            return m;
        }

        @Override
        public PodAddressCheck fromPlan(PlanEntry e) {
            String address = e.optionalString("address", null);
            List<String> outside = e.optionalStrings("outside");
            if ((address == null) == outside.isEmpty()) {
                throw e.error("give either address or a non-empty outside list");
            }
            return new PodAddressCheck(e.string("pod"), address, outside, e.derived());
        }
    }
}
