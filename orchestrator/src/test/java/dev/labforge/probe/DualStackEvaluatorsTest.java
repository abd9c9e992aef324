package dev.labforge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.Check;
import dev.labforge.check.RouteCheck;
import dev.labforge.check.Side;
import dev.labforge.probe.parse.IpRouteParser;
import dev.labforge.wait.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IPv6 route checks against a node's table captured in labs/10-calico-bgp-ippool-dualstack (BIRD6 via the ToR's link-local). */
class DualStackEvaluatorsTest {
    private final FakeTarget target = new FakeTarget();
    private final FakeRound round = new FakeRound(target);

    private Answer<String> look(Check check) {
        return CheckEvaluators.of(check).evaluate(check, round);
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = DualStackEvaluatorsTest.class.getResourceAsStream("/fixtures/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RouteCheck viaGateway6(String prefix, String dev) {
        return new RouteCheck("k01-worker", Side.NODE, prefix, RouteCheck.Kind.VIA, List.of("fd00:10:10::1"), dev, false, "", true);
    }

    @Test
    void anIpv6BlockLearnedByBird6IsViaTheGatewaysLinkLocalOnEth1() throws IOException {
        // given k01-worker's IPv6 table: the other nodes' blocks via fe80::40e:52ff:fef4:c962 dev eth1 (bird)
        target.nodeRoutes.put("k01-worker", IpRouteParser.parse6(fixture("ipv6/lab10dual-node-ip-j-6-route.txt")));
        // when / then: a check via the VLAN's gateway6 on eth1 takes the link-local next hop on eth1
        assertThat(look(viaGateway6("fd00:10:244::c0/122", "eth1"))).isInstanceOf(Answer.Done.class);
    }

    @Test
    void withoutTheInterfaceALinkLocalNextHopIsNotTheGateway() throws IOException {
        // given the same table
        target.nodeRoutes.put("k01-worker", IpRouteParser.parse6(fixture("ipv6/lab10dual-node-ip-j-6-route.txt")));
        // then: nothing says the link-local address is the gateway's
        assertThat(look(viaGateway6("fd00:10:244::c0/122", ""))).isInstanceOf(Answer.Pending.class);
        // and on another interface neither
        assertThat(look(viaGateway6("fd00:10:244::c0/122", "eth0"))).isInstanceOf(Answer.Pending.class);
    }

    @Test
    void aStaticIpv6RouteViaTheGlobalGatewayStillMatchesTheGlobalAddress() throws IOException {
        // given the exec line's route to the other VLAN's subnet6
        target.nodeRoutes.put("k01-worker", IpRouteParser.parse6(fixture("ipv6/lab10dual-node-ip-j-6-route.txt")));
        // then
        assertThat(look(RouteCheck.via("k01-worker", Side.NODE, "fd00:10:20::/64", List.of("fd00:10:10::1"))))
                .isInstanceOf(Answer.Done.class);
    }
}
