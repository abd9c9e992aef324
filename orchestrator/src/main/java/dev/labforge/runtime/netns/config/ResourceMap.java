package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A YAML mapping of a Calico resource with the place it came from: typed getters that report errors by place. */
record ResourceMap(String where, Map<?, ?> map) {
    boolean has(String key) {
        return map.get(key) != null;
    }

    String name() {
        ResourceMap meta = child("metadata");
        String name = meta == null ? null : meta.optString("name");
        if (name == null || name.isBlank()) {
            throw new NetnsConfigException(where + ": " + optString("kind") + " has no metadata.name");
        }
        return name;
    }

    ResourceMap required(String key) {
        ResourceMap c = child(key);
        if (c == null) {
            throw new NetnsConfigException(where + ": " + optString("kind") + " has no " + key + ":");
        }
        return c;
    }

    ResourceMap child(String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new NetnsConfigException(where + ": " + key + " must be a mapping, found " + CalicoResourceParser.describe(v));
        }
        return new ResourceMap(where, m);
    }

    List<ResourceMap> children(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new NetnsConfigException(where + ": " + key + " must be a list, found " + CalicoResourceParser.describe(v));
        }
        List<ResourceMap> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new NetnsConfigException(where + ": every item of " + key + " must be a mapping, found "
                        + CalicoResourceParser.describe(o));
            }
            out.add(new ResourceMap(where, m));
        }
        return out;
    }

    String optString(String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new NetnsConfigException(where + ": " + key + " must be a single value, found " + CalicoResourceParser.describe(v));
        }
        return v.toString();
    }

    String string(String key, String at) {
        String s = optString(key);
        if (s == null || s.isBlank()) {
            throw new NetnsConfigException(where + ": " + at + "." + key + " is missing");
        }
        return s;
    }

    String cidr(String key, String at) {
        String s = string(key, at);
        try {
            Cidr.parse(s);
        } catch (IllegalArgumentException e) {
            throw new NetnsConfigException(where + ": " + at + "." + key + ": " + e.getMessage());
        }
        return s;
    }

    int intOr(String key, int dflt, String at) {
        Object v = map.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Integer i) {
            return i;
        }
        throw new NetnsConfigException(where + ": " + at + "." + key + " must be a number, found " + CalicoResourceParser.describe(v));
    }

    long asn(String key, String at) {
        Object v = map.get(key);
        long n;
        if (v instanceof Integer || v instanceof Long) {
            n = ((Number) v).longValue();
        } else if (v instanceof String s && s.matches("\\d{1,10}")) {
            n = Long.parseLong(s);
        } else {
            throw new NetnsConfigException(where + ": " + at + "." + key + " must be an AS number, found " + CalicoResourceParser.describe(v));
        }
        if (n < 1 || n > 4294967295L) {
            throw new NetnsConfigException(where + ": " + at + "." + key + " " + n + " is outside 1..4294967295");
        }
        return n;
    }

    boolean boolOr(String key, boolean dflt, String at) {
        Object v = map.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new NetnsConfigException(where + ": " + at + "." + key + " must be true or false, found " + CalicoResourceParser.describe(v));
    }

    List<String> stringList(String key, String at) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            throw new NetnsConfigException(where + ": " + at + "." + key + " must be a list, found " + CalicoResourceParser.describe(v));
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (o == null || o instanceof Map<?, ?> || o instanceof List<?>) {
                throw new NetnsConfigException(where + ": " + at + "." + key + " must hold plain values, found "
                        + CalicoResourceParser.describe(o));
            }
            out.add(o.toString());
        }
        return out;
    }
}
