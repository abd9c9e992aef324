package dev.labforge.probe;

import dev.labforge.check.Side;
import java.util.Objects;

/**
 * What a snapshot check reads each round: one aspect of one target (the ToR or a node); for
 * {@link Aspect#BGP_PREFIXES} the {@code prefix} whose BGP paths it reads (else null).
 */
public record Reads(Side side, String on, Aspect aspect, String prefix) {

    public Reads {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(aspect, "aspect");
        if ((aspect == Aspect.BGP_PREFIXES) != (prefix != null)) {
            throw new IllegalArgumentException("a prefix is read with BGP_PREFIXES, and only then: " + aspect + " " + prefix);
        }
    }

    public Reads(Side side, String on, Aspect aspect) {
        this(side, on, aspect, null);
    }
}
