package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BGP session as one end sees it. On the ToR ({@link Side#TOR}) the peer is a node and the session
 * must be Established with {@code prefixes} received (null: any count) from AS {@code remoteAs} (-1: any);
 * on a node the peer is a ToR address and the session must be Established. {@code established} false:
 * there must be no Established session (a node no BGPPeer pairs with the ToR).
 *
 * @param on       the router or node that is asked
 * @param peer     the neighbour address
 * @param peerName who that is (node or router name), for people
 */
public record BgpSessionCheck(String on, Side side, String peer, String peerName, long remoteAs, Integer prefixes,
        boolean established, boolean derived) implements Check {

    public static final String TYPE = "bgp";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        String arrow = side == Side.TOR ? " <- " : " -> ";
        return (established ? "" : "no ") + "bgp " + on + arrow + peer + " (" + peerName + ")";
    }

    @Override
    public String expected() {
        if (!established) {
            return "no session";
        }
        return prefixes == null ? "Established" : "Established, " + prefixes + " prefixes received";
    }

    /** One session whatever is expected of it: an author entry may turn "established" into "no session". */
    @Override
    public String key() {
        return TYPE + " " + on + " " + peer;
    }

    /** The plan.yaml codec. */
    static final class Type implements CheckType<BgpSessionCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<BgpSessionCheck> recordType() {
            return BgpSessionCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(BgpSessionCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("side", c.side().id());
            m.put("peer", c.peer());
            m.put("peerName", c.peerName());
            if (c.remoteAs() >= 0) {
                m.put("remoteAs", c.remoteAs());
            }
            if (c.prefixes() != null) {
                m.put("prefixes", c.prefixes());
            }
            m.put("established", c.established());
            return m;
        }

        @Override
        public BgpSessionCheck fromPlan(PlanEntry e) {
            return new BgpSessionCheck(e.string("on"), e.side("side"), e.string("peer"), e.string("peerName"),
                    e.optionalLong("remoteAs", -1), e.optionalInt("prefixes"), e.optionalBoolean("established", true),
                    e.derived());
        }
    }
}
