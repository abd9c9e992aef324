package dev.labforge.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;

/**
 * Parsing of single addresses through the ipaddress library, strictly: plain dotted quads and plain
 * IPv6 text only (no inet_aton forms, wildcards, ranges, masks, zones, mixed notation or whitespace),
 * with labforge's own messages (they name the value and what a valid one looks like).
 */
final class Addresses {
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowSingleSegment(false).allowAll(false).allowPrefixOnly(false).allowMask(false)
            .allowPrefix(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE)
            .allow_inet_aton(false)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(true).allowUnlimitedLeadingZeros(false).allowBinary(false)
            .getParentBuilder()
            .getIPv6AddressParametersBuilder().allowZone(false).allowMixed(false).allowBase85(false).allowBinary(false)
            .allowLeadingZeros(true).allowUnlimitedLeadingZeros(false)
            .getParentBuilder()
            .toParams();

    private Addresses() {
    }

    /** The address (either family); IllegalArgumentException with a message naming the text. */
    static IPAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no address given");
        }
        IPAddress address = null;
        if (text.chars().noneMatch(Character::isWhitespace)) {
            try {
                address = new IPAddressString(text, STRICT).toAddress();
            } catch (AddressStringException e) {
                address = null;
            }
        }
        if (address == null || address.isMultiple()) {
            throw new IllegalArgumentException(problem(text));
        }
        return address;
    }

    /** What is wrong with text that is not an address, in the words of the family it looks like. */
    private static String problem(String text) {
        if (text.indexOf(':') >= 0) {
            return "'" + text + "' is not an IPv6 address (expected up to eight groups of hex digits, '::' for zeros, like fd00:10:10::11)";
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length == 4) {
            for (String p : parts) {
                if (!p.isEmpty() && p.length() <= 3 && p.chars().allMatch(Character::isDigit) && Integer.parseInt(p) > 255) {
                    return "'" + text + "' is not an IPv4 address (" + Integer.parseInt(p) + " is larger than 255)";
                }
            }
        }
        return "'" + text + "' is not an IPv4 address (expected four numbers like 10.10.10.1)";
    }
}
