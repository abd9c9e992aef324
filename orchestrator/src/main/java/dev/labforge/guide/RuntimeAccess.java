package dev.labforge.guide;

import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Runtime;
import java.time.Duration;
import java.util.List;

/** The running lab through its runtime directly, as `lab test` holds it (the same exec `lab exec` uses). */
public record RuntimeAccess(Runtime runtime, LabRef lab, Duration timeout) implements LabAccess {

    @Override
    public CommandResult exec(String target, List<String> argv) {
        return runtime.exec(lab, target, argv, timeout);
    }

    @Override
    public LabInventory status() {
        return runtime.inspect(lab);
    }
}
