package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;
import org.testcontainers.DockerClientFactory;

/** Conditions for tests that need the real thing; JUnit @EnabledIf calls these by name. */
final class DockerAvailability {
    private static Boolean docker;

    private DockerAvailability() {
    }

    static synchronized boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
        }
        return docker;
    }

    /** Docker, containerlab, kind, root and the cEOS image: what a real seed deploy needs. */
    static boolean fullClabAvailable() {
        return dockerAvailable()
                && new ProcessCommandRunner().run(Command.of("containerlab", "version")).ok()
                && new ProcessCommandRunner().run(Command.of("kind", "version")).ok()
                && "root".equals(System.getProperty("user.name"))
                && DockerJavaEngine.fromEnvironment().imageExists("ceos:4.34.0F");
    }
}
