package dev.labforge.workflow;

import dev.labforge.runtime.Progress;

/** Runtime sub-steps shown as indented console lines. */
final class ConsoleProgress implements Progress {
    private final Console console;

    ConsoleProgress(Console console) {
        this.console = console;
    }

    @Override
    public void step(String message) {
        console.info("  - " + message);
    }
}
