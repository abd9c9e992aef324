package dev.labforge.net;

/** IPv4 address arithmetic on unsigned 32-bit values held in a long. */
public final class Ipv4 {
    private Ipv4() {
    }

    /** Parses a dotted quad; throws IllegalArgumentException with the reason. */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no address given");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (expected four numbers like 10.10.10.1)");
        }
        long value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (expected four numbers like 10.10.10.1)");
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (" + octet + " is larger than 255)");
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static String format(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }
}
