package dev.labforge.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every check type, one line each. The order is the order verify reports them in within a lab. */
public final class CheckTypes {
    private static final List<CheckType<?>> ALL = List.of(
            new LinkCheck.Type(),
            new BgpSessionCheck.Type(),
            new RouteCheck.Type(),
            new CommunityCheck.Type(),
            new MtuCheck.Type(),
            new AddressCheck.Type(),
            new PingCheck.Type(),
            new PodAddressCheck.Type());

    private CheckTypes() {
    }

    public static List<CheckType<?>> all() {
        return ALL;
    }

    /** The type with this id, or null. */
    public static CheckType<?> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    public static List<String> ids() {
        return ALL.stream().map(CheckType::id).toList();
    }

    /** {@code type}, the type's own fields, then {@code derived}: one plan.yaml entry. */
    public static Map<String, Object> toPlan(Check check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", check.type());
        out.putAll(encode(typeOf(check), check));
        out.put("derived", check.derived());
        return out;
    }

    /** A plan.yaml entry as its check record. */
    public static Check fromPlan(PlanEntry entry) {
        String id = entry.string("type");
        CheckType<?> type = byId(id);
        if (type == null) {
            throw entry.error("type '" + id + "' is not a check type this labforge knows (" + String.join(", ", ids())
                    + "); re-render the lab with this labforge");
        }
        return type.fromPlan(entry);
    }

    private static <C extends Check> Map<String, Object> encode(CheckType<C> type, Check check) {
        return type.toPlan(type.recordType().cast(check));
    }

    private static CheckType<?> typeOf(Check check) {
        for (CheckType<?> t : ALL) {
            if (t.recordType().isInstance(check)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no CheckType registered for " + check.getClass().getName()
                + "; add it to CheckTypes");
    }
}
