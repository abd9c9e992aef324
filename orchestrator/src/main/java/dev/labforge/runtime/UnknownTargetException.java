package dev.labforge.runtime;

import java.util.List;

/** exec/probe named a target the lab does not have. The message lists the valid ones. */
public class UnknownTargetException extends RuntimeException {
    public UnknownTargetException(String target, List<String> valid) {
        super("no node or pod named '" + target + "' in this lab; valid targets: " + String.join(", ", valid));
    }
}
