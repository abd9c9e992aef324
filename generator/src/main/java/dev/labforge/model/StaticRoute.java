package dev.labforge.model;

/**
 * ip route add &lt;destination&gt; via &lt;via&gt; src &lt;source&gt; (IPv6: ip -6 route add, no source:
 * an IPv6 source must have left duplicate address detection first). {@code source} null: none.
 */
public record StaticRoute(String destination, String via, String source) {

    public boolean ipv6() {
        return destination.indexOf(':') >= 0;
    }
}
