package dev.labforge.workflow;

import dev.labforge.exec.CommandResult;
import dev.labforge.probe.BgpPeerState;
import dev.labforge.probe.LabProbeTarget;
import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import dev.labforge.probe.RouteEntry;
import dev.labforge.runtime.DeployException;
import dev.labforge.runtime.LabAlreadyUpException;
import dev.labforge.runtime.LabInventory;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.runtime.Runtime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fake of our own Runtime interface: records calls, fails where told. Its lab never converges. */
final class FakeRuntime implements Runtime {
    final List<String> calls = new ArrayList<>();
    boolean preflightFails;
    /** BIRD is missing (a package installs it) until someone sets this false. */
    volatile boolean birdMissing;
    boolean deployFails;
    /** The user presses Ctrl-C while the checks run: the thread that made this runtime (the test's) is interrupted. */
    boolean interruptWhileChecking;
    private final Thread caller = Thread.currentThread();
    /** deploy finds the lab already there. */
    boolean alreadyUp;
    /** What inspect reports; by default a running lab. */
    LabInventory inventory;
    /** What exec returns. */
    CommandResult execResult;
    /** Runs inside deploy (e.g. moves a fake clock: a deploy that takes time). */
    Runnable whileDeploying = () -> { };
    /** The timeout each deploy was given. */
    final List<Duration> deployTimeouts = new ArrayList<>();

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public List<PreflightCheck> preflight(RenderedLab lab) {
        calls.add("preflight " + lab.name());
        if (birdMissing) {
            return List.of(PreflightCheck.pass("running as root", "uid 0"),
                    PreflightCheck.missing("bird", "bird is not on PATH", List.of("bird")));
        }
        return preflightFails
                ? List.of(PreflightCheck.fail("routing daemons", "bird is not installed", "apt-get install -y bird"))
                : List.of(PreflightCheck.pass("routing daemons", "ok"));
    }

    @Override
    public void deploy(RenderedLab lab, Duration timeout, Progress progress) {
        calls.add("deploy " + lab.name());
        deployTimeouts.add(timeout);
        whileDeploying.run();
        progress.step("namespaces");
        if (alreadyUp) {
            throw new LabAlreadyUpException("lab " + lab.name() + " is already up");
        }
        if (deployFails) {
            throw new DeployException("bgpd did not start in clab-" + lab.name() + "-ceos01");
        }
    }

    @Override
    public void destroy(LabRef lab, Progress progress) {
        calls.add("destroy " + lab.name() + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""));
    }

    @Override
    public LabInventory inspect(LabRef lab) {
        calls.add("inspect " + lab.name());
        return inventory != null ? inventory : new LabInventory(lab.name(), id(), true, List.of());
    }

    /** The timeout each exec was given. */
    final List<Duration> execTimeouts = new ArrayList<>();

    @Override
    public synchronized CommandResult exec(LabRef lab, String target, List<String> argv, Duration timeout) {
        calls.add("exec " + target + " " + String.join(" ", argv));
        execTimeouts.add(timeout);
        return execResult;
    }

    @Override
    public LabProbeTarget probeTarget(RenderedLab lab) {
        return new LabProbeTarget() {
            @Override
            public List<BgpPeerState> torBgpPeers() {
                if (interruptWhileChecking) {
                    caller.interrupt();
                }
                throw new ObservationException("vtysh: bgpd is not running");
            }

            @Override
            public List<RouteEntry> torRoutes() {
                throw new ObservationException("no routing table");
            }

            @Override
            public List<BgpPeerState> nodeBgpPeers(String node) {
                throw new ObservationException("birdc: cannot connect");
            }

            @Override
            public List<RouteEntry> nodeRoutes(String node) {
                throw new ObservationException("no routing table");
            }

            @Override
            public String addressOf(String endpoint) {
                throw new ObservationException("no address for " + endpoint);
            }

            @Override
            public PingResult ping(String fromEndpoint, String toAddress, int count) {
                throw new ObservationException("ping: not reachable");
            }
        };
    }

    @Override
    public Map<String, String> diagnostics(RenderedLab lab) {
        return Map.of("ceos01/bgpd.log", "bgpd: fake log line");
    }
}
