package dev.labforge.guide;

import dev.labforge.exec.CommandResult;
import dev.labforge.guide.content.Capture;
import dev.labforge.guide.content.CaptureRequest;
import dev.labforge.guide.content.Captures;
import dev.labforge.runtime.LabInventory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The side-effect step: runs what the regions need against the running lab, each once, in order. */
public final class GuideCapture {
    private GuideCapture() {
    }

    public static Captures run(List<CaptureRequest> requests, LabAccess lab) {
        Map<CaptureRequest.Exec, Capture> execs = new LinkedHashMap<>();
        LabInventory status = null;
        for (CaptureRequest r : requests) {
            if (r instanceof CaptureRequest.Exec e) {
                CommandResult result = lab.exec(e.target(), e.argv());
                execs.put(e, new Capture(result.stdout(), result.stderr(), result.exitCode(), result.timedOut()));
            } else if (status == null) {
                status = lab.status();
            }
        }
        return new Captures(execs, status);
    }
}
