package dev.labforge.check;

/**
 * One observation `lab verify` makes on a running lab, decided by the generator and written to
 * labforge/plan.yaml. Each type is a record with its {@link CheckType} (registered in {@link CheckTypes});
 * the orchestrator has one evaluator per type.
 *
 * <p>{@link #name()} is what reports show and what {@code expect: remove:} names; {@link #key()} is the
 * identity an author entry in {@code expect:} replaces (for most types the name; a ping is the same
 * check whatever TTL it expects, so its key is its two endpoints).
 */
public interface Check {

    /** The type id: plan.yaml's {@code type:} and the key under {@code expect:}. */
    String type();

    /** Readable, stable and unique in a lab, e.g. {@code bgp ceos01 <- 10.10.10.11 (k01-worker)}. */
    String name();

    /** What must be seen, e.g. {@code Established, 2 prefixes received}. */
    String expected();

    /** False for checks an author wrote under {@code expect:}. */
    boolean derived();

    /** What an author entry replaces. */
    default String key() {
        return name();
    }
}
