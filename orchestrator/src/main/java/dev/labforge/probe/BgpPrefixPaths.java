package dev.labforge.probe;

import java.util.List;

/**
 * The BGP paths a router holds for one prefix, each with the communities it carries: what a community
 * check reads. No paths means the router has no BGP route for the prefix.
 */
public record BgpPrefixPaths(String prefix, List<BgpPath> paths) {
    public BgpPrefixPaths {
        paths = List.copyOf(paths);
    }

    /**
     * One path.
     *
     * @param peer             the neighbor it was learned from; empty for a locally originated path
     * @param nextHop          its next hop; empty when the output does not say
     * @param best             the router selected it
     * @param communities      standard communities as {@code asn:value} (well-known ones by name, e.g. no-export)
     * @param largeCommunities large communities as {@code asn:a:b}
     */
    public record BgpPath(String peer, String nextHop, boolean best, List<String> communities, List<String> largeCommunities) {
        public BgpPath {
            communities = List.copyOf(communities);
            largeCommunities = List.copyOf(largeCommunities);
        }
    }

    public boolean known() {
        return !paths.isEmpty();
    }
}
