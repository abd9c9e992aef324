package dev.labforge.validate;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import dev.labforge.net.IpFamily;
import dev.labforge.net.Ipv4;
import java.util.List;
import java.util.Objects;

/**
 * The spec's values read leniently for the rules: an absent or invalid address or prefix reads as null
 * ({@link CidrRule} is the one rule that reports it), a missing list as empty.
 */
public final class SpecValues {

    private SpecValues() {
    }

    /** The prefix's network in this family, or null when absent, unparseable or of the other family. */
    public static Cidr cidr(String text, IpFamily family) {
        Cidr c = cidr(text);
        return c != null && c.family() == family ? c : null;
    }

    /** The address in this family, or null when absent, unparseable or of the other family. */
    public static Ip address(String text, IpFamily family) {
        if (text == null) {
            return null;
        }
        try {
            Ip ip = Ip.parse(text);
            return ip.family() == family ? ip : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The family a prefix or address is written in: IPv6 when it has a colon, else IPv4 (null: IPv4). */
    public static IpFamily familyOf(String text) {
        return text != null && text.indexOf(':') >= 0 ? IpFamily.IPV6 : IpFamily.IPV4;
    }

    public static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** The network of a prefix (host bits dropped), or null when absent or unparseable. */
    public static Cidr cidr(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Cidr.parseInterface(text).network();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address, or null when absent or unparseable. */
    public static Long ip(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Ipv4.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
