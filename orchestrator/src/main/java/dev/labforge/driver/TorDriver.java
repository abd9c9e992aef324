package dev.labforge.driver;

import dev.labforge.runtime.PreflightCheck;
import java.util.List;
import java.util.Set;

/**
 * Everything the orchestrator knows about one ToR platform, in one class: its show commands and their
 * parsers inside the real container ({@link TorShow}, used by the clab runtime), how the clab runtime's
 * tor-config phase proves the router runs the rendered config, the preflight hint for a missing image,
 * and how the netns runtime emulates the router ({@link #netns()}). Runtimes find the driver by the
 * platform id of the rendered plan ({@link TorDrivers}, {@link RenderedTor}) and never compare ids
 * themselves. The generator side of a platform is {@code dev.labforge.platform}.
 */
public interface TorDriver extends TorShow {

    /** The platform id: lab.yaml's {@code tor.platform}, plan.yaml's {@code torPlatform}. */
    String platform();

    /** The containerlab node kinds a rendered ToR of this platform has. */
    Set<String> clabKinds();

    /** How tor-config proves the running router has what the folder rendered for it. */
    RunningConfigCheck runningConfigCheck(RenderedTor tor);

    /**
     * Text the router prints in its container log when it rejects a line of its startup config
     * ("% Invalid input"); empty when the log proves nothing and is not scanned.
     */
    List<String> rejectionMarks();

    /** The log lines that show a rejected config line, each with the line before it; empty when none. */
    default List<String> rejectedLines(String log) {
        return ConfigLines.rejected(log, rejectionMarks());
    }

    /** The preflight failure for a ToR image that Docker does not have, with the step that gets it. */
    default PreflightCheck missingImage(String what, String image) {
        return PreflightCheck.fail(what, "not pulled yet", "docker pull " + image);
    }

    /** How the netns runtime builds and observes this router in a network namespace. */
    NetnsEmulation netns();
}
