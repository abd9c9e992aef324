package dev.labforge.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The check types' keys under {@code expect:} (their ids in dev.labforge.check.CheckTypes), one line
 * each with the reader of one entry. Besides these, {@code expect:} has {@code derive} and {@code remove}.
 */
final class ExpectKeys {
    /** Reads one list item at {@code path}; null when it is not a map (the binder has reported it). */
    interface EntryReader {
        ExpectEntry read(YamlBinder b, Node n, String path);
    }

    static final Map<String, EntryReader> READERS = readers();

    private ExpectKeys() {
    }

    private static Map<String, EntryReader> readers() {
        Map<String, EntryReader> map = new LinkedHashMap<>();
        map.put(LinkExpectSpec.KEY, LinkExpectSpec::read);
        map.put(BgpExpectSpec.KEY, BgpExpectSpec::read);
        map.put(RouteExpectSpec.KEY, RouteExpectSpec::read);
        map.put(CommunityExpectSpec.KEY, CommunityExpectSpec::read);
        map.put(MtuExpectSpec.KEY, MtuExpectSpec::read);
        map.put(AddressExpectSpec.KEY, AddressExpectSpec::read);
        map.put(PingExpectSpec.KEY, PingExpectSpec::read);
        map.put(PodAddressExpectSpec.KEY, PodAddressExpectSpec::read);
        return Collections.unmodifiableMap(map);
    }

    static List<String> keys() {
        return List.copyOf(READERS.keySet());
    }
}
