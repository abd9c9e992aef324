package dev.labforge.runtime.clab;

import dev.labforge.exec.CommandResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The few Docker engine operations the clab runtime needs. Narrow on purpose so that tests can fake
 * it in a few lines; {@link DockerJavaEngine} talks to a real engine.
 * Every method throws {@link DockerUnavailableException} when the engine cannot be reached.
 */
public interface DockerEngine {

    /** Checks the engine answers; returns its version (or "ok" when it does not say). */
    String ping();

    /** Where the engine is expected (DOCKER_HOST or the default socket), for messages and plans. */
    String endpoint();

    boolean imageExists(String image);

    ContainerState containerState(String name);

    /** The last {@code lines} lines of the container's stdout+stderr; empty when the container is missing. */
    String logsTail(String container, int lines);

    /** Runs argv inside a running container (like `docker exec`), bounded by {@code timeout}. */
    CommandResult exec(String container, List<String> argv, Duration timeout);

    /** Containers (running or not) that carry label {@code key=value}. */
    List<ContainerSummary> listContainers(String labelKey, String labelValue);

    /** Names of the networks that carry label {@code key=value}. */
    List<String> listNetworks(String labelKey, String labelValue);

    /** Names of the volumes that carry label {@code key=value}. */
    List<String> listVolumes(String labelKey, String labelValue);

    /** Removes a container, running or not, with its anonymous volumes (like `docker rm -f -v`); a missing one is fine. */
    void removeContainer(String name);

    /** Removes a network; a missing one is fine. */
    void removeNetwork(String name);

    /** Removes a volume; a missing one is fine. */
    void removeVolume(String name);

    /** What `docker inspect` says about a container's life. */
    record ContainerState(String name, Status status, long exitCode, boolean oomKilled, String detail) {
        public enum Status { RUNNING, EXITED, MISSING, OTHER }

        public static ContainerState missing(String name) {
            return new ContainerState(name, Status.MISSING, -1, false, "no such container");
        }

        public boolean running() {
            return status == Status.RUNNING;
        }

        /** One line for reports: "clab-x-ceos01: exited with code 137 (OOM killed)". */
        public String describe() {
            return switch (status) {
                case RUNNING -> name + ": running";
                case MISSING -> name + ": missing";
                case EXITED -> name + ": exited with code " + exitCode + (oomKilled ? " (OOM killed)" : "");
                case OTHER -> name + ": " + detail;
            };
        }
    }

    /** A container name (without Docker's leading slash) and its labels. */
    record ContainerSummary(String name, Map<String, String> labels) {
        public ContainerSummary {
            labels = Map.copyOf(labels);
        }
    }
}
