package dev.labforge.driver;

import java.util.List;

/**
 * How the clab runtime's tor-config phase proves that the ToR runs what was rendered: one command in
 * the ToR container, and what its output lacks of the rendered config. Built from the rendered folder
 * by {@link TorDriver#runningConfigCheck}; pure.
 */
public interface RunningConfigCheck {

    /** argv run in the ToR container. */
    List<String> command();

    /** What the output must show, for the plan and progress lines (e.g. "must contain the router bgp ... lines of X"). */
    String promise();

    /** What the output lacks; empty when the router runs everything the check looks for. */
    List<String> missing(String output);
}
