package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BGP route on the ToR carries communities: {@code on}'s BGP table has {@code prefix} and its path
 * from {@code node} carries every one of {@code communities} (standard {@code AS:N} or large
 * {@code AS:N:M}; others may be there too). What Calico's {@code prefixAdvertisements} tag a node's
 * exported block with.
 *
 * @param node the node that exports the prefix; null when unknown (an author entry for another prefix)
 */
public record CommunityCheck(String on, String prefix, String node, List<String> communities, boolean derived)
        implements Check {

    public static final String TYPE = "community";

    public CommunityCheck {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(prefix, "prefix");
        communities = List.copyOf(communities);
        if (communities.isEmpty()) {
            throw new IllegalArgumentException("a community check needs at least one community: " + prefix);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String name() {
        return "community " + on + " " + prefix + (node == null ? "" : " (" + node + ")");
    }

    @Override
    public String expected() {
        return "carries " + String.join(", ", communities);
    }

    /** One prefix in one BGP table, whoever exports it and whatever it must carry. */
    @Override
    public String key() {
        return TYPE + " " + on + " " + prefix;
    }

    static final class Type implements CheckType<CommunityCheck> {
        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public Class<CommunityCheck> recordType() {
            return CommunityCheck.class;
        }

        @Override
        public Map<String, Object> toPlan(CommunityCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("on", c.on());
            m.put("prefix", c.prefix());
            if (c.node() != null) {
                m.put("node", c.node());
            }
            m.put("communities", c.communities());
            return m;
        }

        @Override
        public CommunityCheck fromPlan(PlanEntry e) {
            List<String> communities = e.optionalStrings("communities");
            if (communities.isEmpty()) {
                throw e.error("communities is missing or empty");
            }
            String node = e.optionalString("node", null);
            return new CommunityCheck(e.string("on"), e.string("prefix"), node, communities, e.derived());
        }
    }
}
