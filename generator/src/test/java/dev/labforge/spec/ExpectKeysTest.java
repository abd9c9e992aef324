package dev.labforge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.check.CheckTypes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectKeysTest {

    @Test
    void everyKeyUnderExpectIsACheckTypeIdInCheckTypesOrder() {
        // given / when
        List<String> keys = ExpectKeys.keys();
        // then
        assertThat(keys).isEqualTo(CheckTypes.ids());
    }

    @Test
    void readsRemoveAndOneListPerCheckTypeAsWritten() {
        // given
        String text = """
                name: t
                tor: {name: r1, asn: 65010, vlans: {10: {subnet: 10.0.0.0/24}}}
                cluster: {name: k, nodes: [{name: k-control-plane, role: control-plane, vlan: 10}]}
                calico: {asn: 65010}
                expect:
                  remove: ["bgp r1 <- 10.0.0.10 (k-control-plane)"]
                  bgp:
                    - {on: r1, peer: k-control-plane, established: false}
                  route:
                    - {on: k-control-plane, prefix: 10.0.0.0/24, kind: connected}
                    - {on: r1, prefix: 10.244.0.0/16, via: [10.0.0.10]}
                  ping:
                    - {from: r1, to: k-control-plane, ttl: 64}
                """;
        // when
        ExpectSpec expect = new SpecLoader().parse(text, Path.of("lab.yaml"), "lab.yaml").spec().expect();
        // then
        assertThat(expect.remove()).containsExactly("bgp r1 <- 10.0.0.10 (k-control-plane)");
        assertThat(expect.entries(BgpExpectSpec.KEY, BgpExpectSpec.class))
                .containsExactly(new BgpExpectSpec("r1", "k-control-plane", false, null, null));
        assertThat(expect.entries(RouteExpectSpec.KEY, RouteExpectSpec.class)).containsExactly(
                new RouteExpectSpec("k-control-plane", "10.0.0.0/24", "connected", null, null),
                new RouteExpectSpec("r1", "10.244.0.0/16", null, List.of("10.0.0.10"), null));
        assertThat(expect.ping()).containsExactly(new PingExpectSpec("r1", "k-control-plane", 64, null));
    }
}
