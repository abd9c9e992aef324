package dev.labforge.probe;

import dev.labforge.check.Check;
import java.util.List;

/** Every check type's evaluator, one line each. A new check type adds its line here. */
public final class CheckEvaluators {
    private static final List<CheckEvaluator<?>> ALL = List.of(
            new LinkEvaluator(),
            new BgpSessionEvaluator(),
            new RouteEvaluator(),
            new CommunityEvaluator(),
            new MtuEvaluator(),
            new AddressEvaluator(),
            new PingEvaluator(),
            new PodAddressEvaluator());

    private CheckEvaluators() {
    }

    /** The evaluator of this check's record type. */
    @SuppressWarnings("unchecked")
    public static <C extends Check> CheckEvaluator<C> of(C check) {
        for (CheckEvaluator<?> e : ALL) {
            if (e.checkType().isInstance(check)) {
                return (CheckEvaluator<C>) e;
            }
        }
        throw new IllegalArgumentException("no evaluator for check type " + check.type() + " (" + check.name()
                + "); register one in CheckEvaluators");
    }
}
