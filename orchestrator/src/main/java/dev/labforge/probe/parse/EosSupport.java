package dev.labforge.probe.parse;

import tools.jackson.databind.JsonNode;

/** EOS JSON wraps everything in {"vrfs": {"default": ...}}. */
final class EosSupport {

    private EosSupport() {
    }

    static JsonNode defaultVrf(String json, String what) {
        JsonNode root = ParseSupport.readJson(json, what);
        JsonNode vrfs = root.path("vrfs");
        if (!vrfs.isObject()) {
            throw ParseSupport.failure(what, "no \"vrfs\" object (was '| json' appended to the command?)", json);
        }
        if (vrfs.path("default").isObject()) {
            return vrfs.path("default");
        }
        if (vrfs.size() == 1 && vrfs.values().iterator().next().isObject()) {
            return vrfs.values().iterator().next();
        }
        throw ParseSupport.failure(what, "no \"default\" VRF among " + vrfs.propertyNames(), json);
    }
}
