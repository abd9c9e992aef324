package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.AddressCheck;
import dev.labforge.check.Check;
import dev.labforge.check.MtuCheck;
import dev.labforge.check.PingCheck;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.wait.Answer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluators of the overlay and MTU checks: interface MTUs and addresses, Felix's routes, pings with a packet. */
class OverlayEvaluatorsTest {

    private final FakeTarget target = new FakeTarget();
    private final FakeRound round = new FakeRound(target);

    private <C extends Check> Answer<String> look(C check) {
        return CheckEvaluators.of(check).evaluate(check, round);
    }

    private static InterfaceState iface(String name, int mtu, String... ipv4) {
        return new InterfaceState(name, mtu, "UP", List.of(ipv4));
    }

    @Test
    void anInterfaceMtuPassesOnlyAtItsValueAndSaysWhichInterfacesThereAreWhenItIsMissing() {
        MtuCheck c = new MtuCheck("multitool-1@k01-worker", Side.POD, "eth0", 1450, true);

        target.interfaces.put("multitool-1@k01-worker", List.of(iface("lo", 65536)));
        assertThat(look(c)).isEqualTo(Answer.pending("multitool-1@k01-worker has no interface eth0 (it has lo)"));

        target.interfaces.put("multitool-1@k01-worker", List.of(iface("lo", 65536), iface("eth0", 1500)));
        assertThat(look(c)).isEqualTo(Answer.pending("eth0 mtu 1500"));

        target.interfaces.put("multitool-1@k01-worker", List.of(iface("eth0", 1450, "192.168.81.65/32")));
        assertThat(look(c)).isEqualTo(Answer.done("eth0 mtu 1450"));
        assertThat(CheckEvaluators.of(c).reads(c)).contains(new Reads(Side.POD, "multitool-1@k01-worker", Aspect.INTERFACES));
    }

    @Test
    void theVtepAddressMustLieInsideTheNodesBlock() {
        AddressCheck c = new AddressCheck("k01-worker", Side.NODE, "vxlan.calico", "192.168.81.64/26", true);

        target.interfaces.put("k01-worker", List.of(iface("vxlan.calico", 1450)));
        assertThat(look(c)).isEqualTo(Answer.pending("vxlan.calico has no IPv4 address"));

        target.interfaces.put("k01-worker", List.of(iface("vxlan.calico", 1450, "192.168.209.64/32")));
        assertThat(look(c)).isEqualTo(Answer.pending("vxlan.calico 192.168.209.64/32"));

        target.interfaces.put("k01-worker", List.of(iface("vxlan.calico", 1450, "192.168.81.64/32")));
        assertThat(look(c)).isEqualTo(Answer.done("vxlan.calico 192.168.81.64/32"));
    }

    @Test
    void interfacesARuntimeCannotShowLeaveTheCheckPendingSayingSo() {
        LabProbeTarget plain = new FakeTarget() {
            @Override
            public List<InterfaceState> interfaces(Side side, String on) {
                throw new ObservationException("interfaces are not shown by this runtime");
            }
        };
        FakeRound r = new FakeRound((FakeTarget) plain);
        MtuCheck c = new MtuCheck("k01-worker", Side.NODE, "eth1", 9000, true);
        assertThat(CheckEvaluators.of(c).evaluate(c, r)).isEqualTo(Answer.unobserved("interfaces are not shown by this runtime"));
    }

    @Test
    void felixsRouteMustLeaveByItsDeviceOnlinkAndNeedsNoDaemon() {
        RouteCheck c = RouteCheck.onlink("k01-worker", Side.NODE, "192.168.209.64/26", "192.168.209.64", "vxlan.calico");

        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.209.64/26", "unicast", "80", List.of("192.168.209.64"),
                "eth1", true)));
        assertThat(look(c)).isInstanceOf(Answer.Pending.class);

        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.209.64/26", "unicast", "80", List.of("192.168.209.64"),
                "vxlan.calico", false)));
        assertThat(look(c)).isEqualTo(Answer.pending("192.168.209.64/26 via 192.168.209.64 dev vxlan.calico (80)"));

        target.nodeRoutes.put("k01-worker", List.of(new RouteEntry("192.168.209.64/26", "unicast", "80", List.of("192.168.209.64"),
                "vxlan.calico", true)));
        assertThat(look(c)).isEqualTo(Answer.done("192.168.209.64/26 via 192.168.209.64 dev vxlan.calico onlink (80)"));

        // Felix's routes and the blackhole of a block other nodes reach onlink need no BIRD
        RouteCheck blackhole = RouteCheck.of("k01-worker3", Side.NODE, "192.168.209.64/26", RouteCheck.Kind.BLACKHOLE);
        LabFacts facts = new LabFacts("ceos01", List.of(c, blackhole), List.of());
        assertThat(CheckEvaluators.of(c).dependsOn(c, facts)).isEmpty();
        assertThat(CheckEvaluators.of(blackhole).dependsOn(blackhole, facts)).isEmpty();
        RouteCheck birdsBlackhole = RouteCheck.of("k01-worker", Side.NODE, "192.168.81.64/26", RouteCheck.Kind.BLACKHOLE);
        assertThat(CheckEvaluators.of(birdsBlackhole).dependsOn(birdsBlackhole, facts)).containsExactly(Set.of(Daemon.node("k01-worker")));
    }

    @Test
    void aDontFragmentPingThatMustFailPassesOnItsNamedErrorOnly() {
        PingCheck c = new PingCheck("netshoot-client@k01-worker", "netshoot-server@k01-worker3", null, false, 8900, true,
                "message too long, mtu=1450", false);
        target.addresses.put("netshoot-server@k01-worker3", "192.168.0.193");

        target.pingResult = new PingResult("192.168.0.193", 3, 0, List.of(), "", List.of());
        assertThat(look(c)).isEqualTo(Answer.pending("no reply from 192.168.0.193 (3 sent, no error reported)"));
        assertThat(target.packets).containsExactly(new PingPacket(8900, true));

        target.pingResult = new PingResult("192.168.0.193", 3, 0, List.of(), "",
                List.of("From 10.10.10.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)", "local error: message too long, mtu=1500"));
        assertThat(look(c)).isEqualTo(Answer.pending("no reply from 192.168.0.193 (3 sent, reported: From 10.10.10.1 icmp_seq=1"
                + " Frag needed and DF set (mtu = 1500); local error: message too long, mtu=1500)"));

        target.pingResult = new PingResult("192.168.0.193", 3, 0, List.of(), "", List.of("local error: message too long, mtu=1450"));
        assertThat(look(c)).isEqualTo(Answer.done("no reply from 192.168.0.193: local error: message too long, mtu=1450"));

        target.pingResult = new PingResult("192.168.0.193", 3, 3, List.of(62, 62, 62), "");
        assertThat(look(c)).isEqualTo(Answer.failed("3/3 replies from 192.168.0.193, but it must fail with 'message too long, mtu=1450'"));
    }

    @Test
    void aDontFragmentPingThatMustGetThroughSendsItsPacketAndChecksTheTtl() {
        PingCheck c = new PingCheck("netshoot-client@k01-worker", "netshoot-server@k01-worker3", 62, true, 8900, true, "", false);
        target.addresses.put("netshoot-server@k01-worker3", "192.168.0.193");
        target.pingResult = new PingResult("192.168.0.193", 3, 3, List.of(62, 62, 62), "");

        assertThat(look(c)).isEqualTo(Answer.done("3/3 replies from 192.168.0.193, ttl 62"));
        assertThat(target.packets).containsExactly(new PingPacket(8900, true));
        assertThat(new PingPacket(8900, true).pingOptions()).containsExactly("-s", "8900", "-M", "do");
        assertThat(PingPacket.DEFAULT.pingOptions()).isEmpty();
        assertThat(CheckEvaluators.of(c).reads(c)).isEqualTo(Optional.empty());
    }
}
