package dev.labforge.runtime.netns;

/** Binds {@link NetnsProbeTarget.Parsers} to the shared probe parsers (dev.labforge.probe.parse). */
final class ProbeParsers {
    private ProbeParsers() {
    }

    static final NetnsProbeTarget.Parsers DEFAULT = new NetnsProbeTarget.Parsers() {
        @Override
        public java.util.List<dev.labforge.probe.BgpPeerState> frrBgpSummary(String json) {
            throw new dev.labforge.probe.ObservationException("FRR summary parser not merged yet (dev.labforge.probe.parse)");
        }

        @Override
        public java.util.List<dev.labforge.probe.BgpPeerState> birdProtocols(String text) {
            throw new dev.labforge.probe.ObservationException("BIRD parser not merged yet (dev.labforge.probe.parse)");
        }

        @Override
        public java.util.List<dev.labforge.probe.RouteEntry> ipRoutes(String json) {
            throw new dev.labforge.probe.ObservationException("ip route parser not merged yet (dev.labforge.probe.parse)");
        }

        @Override
        public dev.labforge.probe.PingResult ping(String target, String output) {
            throw new dev.labforge.probe.ObservationException("ping parser not merged yet (dev.labforge.probe.parse)");
        }
    };
}
