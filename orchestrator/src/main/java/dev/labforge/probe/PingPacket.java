package dev.labforge.probe;

/**
 * The packet a ping check sends: an ICMP payload of {@code size} bytes (null: ping's default of 56) and,
 * with {@code dontFragment}, the DF bit ({@code ping -M do}): a packet larger than an MTU on the way is
 * refused instead of split.
 */
public record PingPacket(Integer size, boolean dontFragment) {
    public static final PingPacket DEFAULT = new PingPacket(null, false);

    public boolean isDefault() {
        return size == null && !dontFragment;
    }

    /** The iputils options that send it: {@code -s N}, {@code -M do}. */
    public java.util.List<String> pingOptions() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (size != null) {
            out.add("-s");
            out.add(Integer.toString(size));
        }
        if (dontFragment) {
            out.add("-M");
            out.add("do");
        }
        return out;
    }

    @Override
    public String toString() {
        return (size == null ? "default-size" : size + "-byte") + (dontFragment ? " don't-fragment" : "");
    }
}
