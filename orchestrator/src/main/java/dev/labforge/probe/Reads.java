package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.Objects;

/** What a snapshot check reads each round: one aspect of one target (the ToR or a node). */
public record Reads(Side side, String on, Aspect aspect) {

    public Reads {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(aspect, "aspect");
    }
}
