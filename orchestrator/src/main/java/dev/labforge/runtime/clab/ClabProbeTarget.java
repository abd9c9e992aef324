package dev.labforge.runtime.clab;

import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.RenderedLab;
import java.util.List;

/** Placeholder until the shared parsers land; replaced in the next step. */
public final class ClabProbeTarget implements LabProbeTarget {
    private final RenderedLab lab;
    private final DockerEngine docker;
    private final KubeClusterApi kube;

    public ClabProbeTarget(RenderedLab lab, DockerEngine docker, KubeClusterApi kube) {
        this.lab = lab;
        this.docker = docker;
        this.kube = kube;
    }

    @Override
    public List<BgpPeerState> torBgpPeers() {
        throw new ObservationException("not yet");
    }

    @Override
    public List<RouteEntry> torRoutes() {
        throw new ObservationException("not yet");
    }

    @Override
    public List<BgpPeerState> nodeBgpPeers(String node) {
        throw new ObservationException("not yet");
    }

    @Override
    public List<RouteEntry> nodeRoutes(String node) {
        throw new ObservationException("not yet");
    }

    @Override
    public String addressOf(String endpoint) {
        throw new ObservationException("not yet");
    }

    @Override
    public PingResult ping(String fromEndpoint, String toAddress, int count) {
        throw new ObservationException("not yet");
    }
}
