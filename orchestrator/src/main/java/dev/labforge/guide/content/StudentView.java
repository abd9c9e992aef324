package dev.labforge.guide.content;

import java.util.List;
import java.util.Optional;

/**
 * How a student works with a lab on one runtime: the commands to bring it up and down, how a command run
 * in a lab member is typed, and which questions only Kubernetes can answer there.
 */
public interface StudentView {

    /** netns or clab. */
    String runtime();

    /** The commands that bring the lab up, one per line. */
    String up(String lab);

    String down(String lab);

    /** How the student types {@code argv} run in {@code target} (the router, a node, a pod). */
    String typed(GuideContext ctx, String target, List<String> argv);

    /**
     * A kubectl command the runtime can answer through exec (clab: on the control-plane node, with its
     * admin kubeconfig), as {@code target} + argv; empty where the lab has no Kubernetes (netns).
     */
    Optional<Exec> kubectl(GuideContext ctx, List<String> args);

    /** The node's own view of its BGP sessions, when the runtime can exec it; empty otherwise. */
    Optional<List<String>> nodeBgpStatus();

    /** A command to run in a member. */
    record Exec(String target, List<String> argv) {
    }
}
