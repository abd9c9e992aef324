package dev.labforge.probe;

import java.util.List;

/**
 * A parsed ping run. {@code ttls} one per reply in order; {@code output} is the raw text for reports.
 */
public record PingResult(String target, int transmitted, int received, List<Integer> ttls, String output) {

    public boolean anyReply() {
        return received > 0;
    }
}
