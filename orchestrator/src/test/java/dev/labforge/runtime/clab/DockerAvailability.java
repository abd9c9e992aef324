package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;

/** Conditions for tests that need the whole real thing; JUnit @EnabledIf calls these by name. */
final class DockerAvailability {

    private DockerAvailability() {
    }

    /** Docker, containerlab, kind, root and the cEOS image: what a real seed deploy needs. */
    static boolean fullClabAvailable() {
        if (!"root".equals(System.getProperty("user.name"))
                || !new ProcessCommandRunner().run(Command.of("containerlab", "version")).ok()
                || !new ProcessCommandRunner().run(Command.of("kind", "version")).ok()) {
            return false;
        }
        try (DockerJavaEngine engine = DockerJavaEngine.fromEnvironment()) {
            engine.ping();
            return engine.imageExists("ceos:4.34.0F");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
