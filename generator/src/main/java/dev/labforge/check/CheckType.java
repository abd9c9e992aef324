package dev.labforge.check;

import java.util.Map;

/**
 * How one check type is written to and read from labforge/plan.yaml. Registered in {@link CheckTypes};
 * a new check type is a record, its CheckType, a resolver rule and (in the orchestrator) an evaluator.
 */
public interface CheckType<C extends Check> {

    /** plan.yaml's {@code type:} value and the type's key under {@code expect:}. */
    String id();

    Class<C> recordType();

    /**
     * The check's fields in plan order, without {@code type} and {@code derived} (the registry adds
     * those). Values are strings, numbers, booleans or lists of strings.
     */
    Map<String, Object> toPlan(C check);

    /** Reads what {@link #toPlan} wrote; problems are {@link PlanEntry#error}s naming the entry. */
    C fromPlan(PlanEntry entry);
}
