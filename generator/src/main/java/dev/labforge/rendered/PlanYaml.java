package dev.labforge.rendered;

import dev.labforge.check.PlanFormatException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * plan.yaml's text as plain Java values (maps in order, lists, strings, whole numbers, booleans, null),
 * built straight from the YAML parser's events. A big lab's plan has one entry per check (40,000 for 200
 * nodes): building the same values through the full loader's node graph took about four times as long.
 * Scalars resolve as the loader's default schema resolves them; anchors and aliases work; a key given twice
 * in one mapping is an error, as it is for the loader.
 */
final class PlanYaml {
    private final LoadSettings settings;
    private final ScalarResolver resolver;
    private final Map<String, Object> anchors = new HashMap<>();

    private PlanYaml(LoadSettings settings) {
        this.settings = settings;
        this.resolver = settings.getSchema().getScalarResolver();
    }

    /** The document's root value; null for an empty document. */
    static Object load(LoadSettings settings, String text) {
        return new PlanYaml(settings).root(text);
    }

    /** A mapping or sequence being filled, with the key waiting for its value. */
    private static final class Open {
        final Map<Object, Object> map;
        final List<Object> list;
        Object key;
        boolean keyNext = true;

        Open(Map<Object, Object> map, List<Object> list) {
            this.map = map;
            this.list = list;
        }
    }

    private Object root(String text) {
        Iterator<Event> events = new Parse(settings).parseString(text).iterator();
        Deque<Open> open = new ArrayDeque<>();
        Object root = null;
        while (events.hasNext()) {
            Event e = events.next();
            switch (e.getEventId()) {
                case Scalar -> root = add(open, root, scalar((ScalarEvent) e));
                case Alias -> root = add(open, root, alias((AliasEvent) e));
                case MappingStart -> {
                    Map<Object, Object> m = new LinkedHashMap<>();
                    anchor((NodeEvent) e, m);
                    root = add(open, root, m);
                    open.push(new Open(m, null));
                }
                case SequenceStart -> {
                    List<Object> l = new ArrayList<>();
                    anchor((NodeEvent) e, l);
                    root = add(open, root, l);
                    open.push(new Open(null, l));
                }
                case MappingEnd, SequenceEnd -> open.pop();
                default -> {
                    // stream and document start/end, comments: nothing to build
                }
            }
        }
        return root;
    }

    /** Puts a value where it belongs: the root, the next list item, a key, or the value of the pending key. */
    private static Object add(Deque<Open> open, Object root, Object value) {
        Open parent = open.peek();
        if (parent == null) {
            return value;
        }
        if (parent.list != null) {
            parent.list.add(value);
        } else if (parent.keyNext) {
            if (parent.map.containsKey(value)) {
                throw new YamlEngineException("found duplicate key " + value);
            }
            parent.key = value;
            parent.keyNext = false;
        } else {
            parent.map.put(parent.key, value);
            parent.keyNext = true;
        }
        return root;
    }

    private Object scalar(ScalarEvent e) {
        Object value = e.getScalarStyle() == ScalarStyle.PLAIN && e.getTag().isEmpty()
                ? typed(e.getValue()) : e.getValue();
        anchor(e, value);
        return value;
    }

    /** A plain scalar as the default schema reads it: null, a boolean, a whole number, a decimal, or text. */
    private Object typed(String value) {
        Tag tag = resolver.resolve(value, true);
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.valueOf(value.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger n = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
            return n.bitLength() < 32 ? Integer.valueOf(n.intValue()) : n.bitLength() < 64 ? (Object) Long.valueOf(n.longValue()) : n;
        }
        if (tag.equals(Tag.FLOAT)) {
            String v = value.toLowerCase(java.util.Locale.ROOT);
            return v.endsWith(".nan") ? Double.NaN : v.endsWith(".inf") ? (v.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY) : Double.valueOf(value);
        }
        return value;
    }

    private Object alias(AliasEvent e) {
        String name = e.getAlias().getValue();
        if (!anchors.containsKey(name)) {
            throw new PlanFormatException(RenderedPaths.PLAN + ": alias *" + name + " names no anchor before it");
        }
        return anchors.get(name);
    }

    private void anchor(NodeEvent e, Object value) {
        Optional<org.snakeyaml.engine.v2.common.Anchor> a = e.getAnchor();
        a.ifPresent(anchor -> anchors.put(anchor.getValue(), value));
    }
}
