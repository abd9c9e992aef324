package dev.labforge.probe;

/**
 * One BGP session from one side.
 *
 * @param peer              the neighbor address
 * @param remoteAs          neighbor AS, or -1 when the output does not say
 * @param state             normalized: Idle, Connect, Active, OpenSent, OpenConfirm, Established (or the raw word)
 * @param prefixesReceived  -1 when unknown
 * @param info              extra text from the daemon (e.g. "Socket: Connection refused", "(Policy)"); may be empty
 * @param protocol          BIRD protocol name (Node_10_10_10_1) or empty
 */
public record BgpPeerState(String peer, long remoteAs, String state, int prefixesReceived, String info, String protocol) {

    public boolean established() {
        return "Established".equals(state);
    }
}
