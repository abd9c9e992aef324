package dev.labforge.guide;

import dev.labforge.exec.CommandResult;
import dev.labforge.guide.content.Capture;
import dev.labforge.guide.content.CaptureRequest;
import dev.labforge.guide.content.Captures;
import dev.labforge.runtime.LabInventory;
import dev.labforge.wait.InterruptedRunException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The side-effect step: runs what the regions need against the running lab, each once. The commands only
 * read the lab (show commands, tables, pings), so they run side by side: a guide's pings take about 2 s
 * each, and one after the other they made the guide check of `lab test` the slowest phase of a lab.
 */
public final class GuideCapture {
    /** Commands at once: enough for a guide's pings to overlap, few enough for a small machine. */
    static final int PARALLEL = 4;

    private GuideCapture() {
    }

    public static Captures run(List<CaptureRequest> requests, LabAccess lab) {
        List<CaptureRequest.Exec> execs = new ArrayList<>();
        boolean status = false;
        for (CaptureRequest r : new LinkedHashSet<>(requests)) {
            if (r instanceof CaptureRequest.Exec e) {
                execs.add(e);
            } else {
                status = true;
            }
        }
        Map<CaptureRequest.Exec, Capture> captured = new LinkedHashMap<>();
        if (!execs.isEmpty()) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, execs.size()), r -> {
                Thread t = new Thread(r, "guide-capture");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Capture>> futures = execs.stream().map(e -> pool.submit(() -> capture(lab, e))).toList();
                for (int i = 0; i < execs.size(); i++) {
                    captured.put(execs.get(i), futures.get(i).get());
                }
            } catch (InterruptedException e) {
                throw InterruptedRunException.restore("capturing the guide's commands", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        LabInventory inventory = status ? lab.status() : null;
        return new Captures(captured, inventory);
    }

    private static Capture capture(LabAccess lab, CaptureRequest.Exec e) {
        CommandResult result = lab.exec(e.target(), e.argv());
        return new Capture(result.stdout(), result.stderr(), result.exitCode(), result.timedOut());
    }
}
