package dev.labforge.guide;

import dev.labforge.exec.CommandResult;
import dev.labforge.runtime.LabInventory;
import java.util.List;

/**
 * The running lab as a guide sees it: run a command in a member (the runtime's exec, exactly what
 * `lab exec` runs) and ask what runs (what `lab status` reports). The CLI passes the lab service, `lab test`
 * the runtime it deployed with; tests pass canned outputs.
 */
public interface LabAccess {

    CommandResult exec(String target, List<String> argv);

    LabInventory status();
}
