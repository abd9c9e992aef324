package dev.labforge.model;

/** ip route add &lt;destination&gt; via &lt;via&gt; src &lt;source&gt;. */
public record StaticRoute(String destination, String via, String source) {
}
