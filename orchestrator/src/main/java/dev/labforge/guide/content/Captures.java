package dev.labforge.guide.content;

import dev.labforge.runtime.LabInventory;
import java.util.Map;

/** The outputs captured from the running lab, by request; {@code status} is null when no region asked for it. */
public record Captures(Map<CaptureRequest.Exec, Capture> execs, LabInventory status) {

    public Captures {
        execs = Map.copyOf(execs);
    }

    public static final Captures NONE = new Captures(Map.of(), null);

    public Capture of(CaptureRequest.Exec request) {
        Capture c = execs.get(request);
        if (c == null) {
            throw new IllegalStateException("nothing was captured for " + request);
        }
        return c;
    }

    public LabInventory requireStatus() {
        if (status == null) {
            throw new IllegalStateException("the lab's status was not captured");
        }
        return status;
    }
}
