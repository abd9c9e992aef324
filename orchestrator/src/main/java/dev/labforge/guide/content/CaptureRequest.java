package dev.labforge.guide.content;

import java.util.List;

/** What a region needs from the running lab before it can be written: a command's output, or the lab's status. */
public sealed interface CaptureRequest {

    /** {@code argv} run in {@code target} through the runtime's exec. */
    record Exec(String target, List<String> argv) implements CaptureRequest {
        public Exec {
            argv = List.copyOf(argv);
        }
    }

    /** What `lab status` reports (the pods and their addresses). */
    record Status() implements CaptureRequest {
    }
}
