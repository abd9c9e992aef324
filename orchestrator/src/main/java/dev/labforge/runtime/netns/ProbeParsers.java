package dev.labforge.runtime.netns;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.probe.parse.BirdProtocolsParser;
import dev.labforge.probe.parse.FrrBgpSummaryParser;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.probe.parse.PingParser;
import java.util.List;

/** Binds {@link NetnsProbeTarget.Parsers} to the shared probe parsers. */
final class ProbeParsers implements NetnsProbeTarget.Parsers {
    static final NetnsProbeTarget.Parsers DEFAULT = new ProbeParsers();

    @Override
    public List<BgpPeerState> frrBgpSummary(String json) {
        return FrrBgpSummaryParser.parse(json);
    }

    @Override
    public List<BgpPeerState> birdProtocols(String text) {
        return BirdProtocolsParser.parse(text);
    }

    @Override
    public List<RouteEntry> ipRoutes(String json) {
        return IpRouteParser.parse(json);
    }

    @Override
    public PingResult ping(String target, String output) {
        return PingParser.parse(output);
    }
}
