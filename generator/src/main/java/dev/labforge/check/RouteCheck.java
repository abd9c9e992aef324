package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A route in a kernel routing table (what forwards packets) of the ToR or a node.
 * {@link Kind#VIA}: {@code prefix} with next hops all among {@code via} (one address: exactly that
 * gateway; several: any of them, e.g. the LoadBalancer CIDR via one of the peering nodes);
 * {@link Kind#CONNECTED}: a connected subnet; {@link Kind#BLACKHOLE}: a blackhole (a node's own block);
 * {@link Kind#NONE_WITHIN}: no route at all inside {@code prefix} ({@code reason} says why, e.g. a pool
 * that does not export). A via route may also name its device and {@code onlink} (the next hop is on
 * that link whatever its address says), as Felix programs them: a block {@code via <remote VTEP> dev
 * vxlan.calico onlink}, or a same-subnet node's block {@code via <its address> dev eth1 onlink}.
 *
 * @param dev    the device the route must leave by; empty: any
 * @param onlink whether the route must carry the onlink flag
 */
public record RouteCheck(String on, Side side, String prefix, Kind kind, List<String> via, String dev, boolean onlink,
        String reason, boolean derived) implements Check {

    public static final String TYPE = "route";

    public enum Kind {
        VIA, CONNECTED, BLACKHOLE, NONE_WITHIN;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    public RouteCheck {
        Objects.requireNonNull(kind, "kind");
        via = via == null ? List.of() : List.copyOf(via);
        dev = dev == null ? "" : dev;
        reason = reason == null ? "" : reason;
        if (kind == Kind.VIA && via.isEmpty()) {
            throw new IllegalArgumentException("a via route check needs at least one next hop: " + prefix);
        }
        if (kind != Kind.VIA && (!dev.isEmpty() || onlink)) {
            throw new IllegalArgumentException("only a via route check names a device or onlink: " + prefix);
        }
    }

    /** Any device, onlink or not. */
    public RouteCheck(String on, Side side, String prefix, Kind kind, List<String> via, String reason, boolean derived) {
        this(on, side, prefix, kind, via, "", false, reason, derived);
    }

    public static RouteCheck via(String on, Side side, String prefix, List<String> via) {
        return new RouteCheck(on, side, prefix, Kind.VIA, via, "", true);
    }

    /** A derived route to {@code prefix} via {@code next} on device {@code dev}, onlink (how Felix programs it). */
    public static RouteCheck onlink(String on, Side side, String prefix, String next, String dev) {
        return new RouteCheck(on, side, prefix, Kind.VIA, List.of(next), dev, true, "", true);
    }

    public static RouteCheck of(String on, Side side, String prefix, Kind kind) {
        return new RouteCheck(on, side, prefix, kind, List.of(), "", true);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        if (kind == Kind.NONE_WITHIN) {
            return "no route " + on + " within " + prefix + (reason.isEmpty() ? "" : " (" + reason + ")");
        }
        return "route " + on + " " + expected();
    }

    @Override
    public String expected() {
        return switch (kind) {
            case VIA -> prefix + " via " + (via.size() == 1 ? via.get(0) : "one of " + String.join(", ", via))
                    + (dev.isEmpty() ? "" : " dev " + dev) + (onlink ? " onlink" : "");
            case CONNECTED -> prefix + " connected";
            case BLACKHOLE -> prefix + " blackhole";
            case NONE_WITHIN -> "no route inside " + prefix;
        };
    }

    /** One prefix on one table: an author entry changes how it must be routed. */
    @Override
    public String key() {
        return (kind == Kind.NONE_WITHIN ? "no route " : "route ") + on + " " + prefix;
    }

    static final class Type implements CheckType<RouteCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<RouteCheck> recordType() {
            return RouteCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(RouteCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("side", c.side().id());
            m.put("prefix", c.prefix());
            m.put("kind", c.kind().id());
            if (!c.via().isEmpty()) {
                m.put("via", c.via());
            }
            if (!c.dev().isEmpty()) {
                m.put("dev", c.dev());
            }
            if (c.onlink()) {
                m.put("onlink", true);
            }
            if (!c.reason().isEmpty()) {
                m.put("reason", c.reason());
            }
            return m;
        }

        @Override
        public RouteCheck fromPlan(PlanEntry e) {
            String kindId = e.string("kind");
            Kind kind = Kind.fromId(kindId);
            if (kind == null) {
                throw e.error("kind '" + kindId + "' is not one of via, connected, blackhole, none-within");
            }
            List<String> via = e.optionalStrings("via");
            if (kind == Kind.VIA && via.isEmpty()) {
                throw e.error("kind via needs a non-empty via list");
            }
            String dev = e.optionalString("dev", "");
            boolean onlink = e.optionalBoolean("onlink", false);
            if (kind != Kind.VIA && (!dev.isEmpty() || onlink)) {
                throw e.error("dev and onlink belong to kind via only");
            }
            return new RouteCheck(e.string("on"), e.side("side"), e.string("prefix"), kind, via, dev, onlink,
                    e.optionalString("reason", ""), e.derived());
        }
    }
}
