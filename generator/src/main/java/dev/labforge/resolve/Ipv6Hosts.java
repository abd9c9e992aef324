package dev.labforge.resolve;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ip;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The IPv6 addresses the resolver gives nodes that have none written: the VLAN's subnet6 with the last
 * number of the node's IPv4 address, read as hex digits, as its last group (10.10.10.12 becomes
 * fd00:10:10::12, as the series writes them), else the next free host from ::10 up, then ::1 to ::f.
 * The validator predicts with the same code.
 */
public final class Ipv6Hosts {
    /** The first host tried when mirroring does not fit (::10, as IPv4 nodes start at .10). */
    static final long FIRST = 0x10;

    private Ipv6Hosts() {
    }

    /**
     * One address per node, in node order. Lists are per node; null entries: no subnet6 (no address),
     * no written address, no IPv4 address. {@code reserved} are addresses no node may take (gateways).
     */
    public static Ip[] assign(List<Cidr> subnets, List<Ip> written, List<Ip> ipv4, Collection<Ip> reserved) {
        Set<Ip> taken = new HashSet<>(reserved);
        written.stream().filter(w -> w != null).forEach(taken::add);
        Ip[] out = new Ip[subnets.size()];
        for (int i = 0; i < out.length; i++) {
            if (written.get(i) != null) {
                out[i] = written.get(i);
                continue;
            }
            Cidr subnet = subnets.get(i);
            if (subnet == null) {
                continue;
            }
            Ip mirror = mirrored(subnet, ipv4.get(i));
            out[i] = mirror != null && taken.add(mirror) ? mirror : nextFree(subnet, taken);
            if (out[i] != null) {
                taken.add(out[i]);
            }
        }
        return out;
    }

    /** fd00:10:10::12 for 10.10.10.12 in fd00:10:10::/64; null when it does not fit the subnet. */
    static Ip mirrored(Cidr subnet, Ip ipv4) {
        if (ipv4 == null || ipv4.isIpv6()) {
            return null;
        }
        long host = Long.parseLong(Long.toString(ipv4.ipv4Value() & 0xFF), 16);
        return host == 0 || host >= subnet.size() ? null : subnet.hostIp(host);
    }

    private static Ip nextFree(Cidr subnet, Set<Ip> taken) {
        for (long h = FIRST; h < subnet.size() && h < FIRST + 4096; h++) {
            Ip candidate = subnet.hostIp(h);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        for (long h = 1; h < FIRST && h < subnet.size(); h++) {
            Ip candidate = subnet.hostIp(h);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
