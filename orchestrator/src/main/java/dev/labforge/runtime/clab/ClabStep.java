package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;

/**
 * One deploy step as data: its phase, what it does (as printed in progress and the plan), the command
 * it runs if it runs one (the plan shows its argv), and the work ({@link Body}).
 */
record ClabStep(ClabPhase phase, String action, Command command, Body body) {

    @FunctionalInterface
    interface Body {
        void run(ClabRun run);
    }
}
