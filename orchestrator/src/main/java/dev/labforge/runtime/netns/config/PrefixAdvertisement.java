package dev.labforge.runtime.netns.config;

import java.util.List;

/**
 * A BGPConfiguration prefixAdvertisements entry.
 *
 * @param communities community values as written, "a:b" (standard) or "a:b:c" (large)
 */
public record PrefixAdvertisement(String cidr, List<String> communities) {
    public PrefixAdvertisement {
        communities = List.copyOf(communities);
    }
}
