package dev.labforge.runtime.clab;

import dev.labforge.runtime.Progress;
import dev.labforge.runtime.clab.DockerEngine.ContainerSummary;
import java.util.List;

/**
 * The last step of `lab down`: every container, network and volume that still carries
 * containerlab=&lt;lab&gt; is removed through the engine (exact label match, never name patterns).
 * After a crash, or where containerlab is not installed, this is what actually removes the lab;
 * after a clean `containerlab destroy` it finds nothing.
 */
final class LabelSweep {
    private final DockerEngine docker;

    LabelSweep(DockerEngine docker) {
        this.docker = docker;
    }

    /** Removes what is left; what cannot be removed is added to {@code problems} with the command that would. */
    void run(String lab, Progress progress, List<String> problems) {
        String label = ClabTeardown.LAB_LABEL + "=" + lab;
        try {
            // containers first: a network or volume in use cannot be removed
            for (ContainerSummary c : docker.listContainers(ClabTeardown.LAB_LABEL, lab)) {
                progress.step("docker: remove container " + c.name() + " (" + label + ")");
                remove(() -> docker.removeContainer(c.name()), "container " + c.name(), "docker rm -f -v " + c.name(), problems);
            }
            for (String network : docker.listNetworks(ClabTeardown.LAB_LABEL, lab)) {
                progress.step("docker: remove network " + network + " (" + label + ")");
                remove(() -> docker.removeNetwork(network), "network " + network, "docker network rm " + network, problems);
            }
            for (String volume : docker.listVolumes(ClabTeardown.LAB_LABEL, lab)) {
                progress.step("docker: remove volume " + volume + " (" + label + ")");
                remove(() -> docker.removeVolume(volume), "volume " + volume, "docker volume rm " + volume, problems);
            }
        } catch (DockerUnavailableException e) {
            // no engine: nothing of the lab can be running in it
            progress.step("Docker engine not reachable, so nothing labelled " + label + " can exist: " + e.getMessage());
        }
    }

    private static void remove(Runnable removal, String what, String fix, List<String> problems) {
        try {
            removal.run();
        } catch (DockerUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            problems.add("cannot remove " + what + ": " + e.getMessage() + "; remove it with " + fix);
        }
    }
}
