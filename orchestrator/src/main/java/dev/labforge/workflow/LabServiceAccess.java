package dev.labforge.workflow;

import dev.labforge.exec.CommandResult;
import dev.labforge.guide.LabAccess;
import dev.labforge.runtime.LabInventory;
import java.nio.file.Path;
import java.util.List;

/** The running lab through the lab service: exactly what `lab exec` and `lab status` do. */
record LabServiceAccess(LabService service, Path lab, String runtime) implements LabAccess {

    @Override
    public CommandResult exec(String target, List<String> argv) {
        return service.exec(lab, target, argv, runtime);
    }

    @Override
    public LabInventory status() {
        return service.status(lab, runtime);
    }
}
