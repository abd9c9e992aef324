package dev.labforge.runtime.netns.config;

import static dev.labforge.runtime.netns.config.NamespaceLab.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed lab's translated configs with the real daemons: an FRR ToR from the seed's EOS config (iBGP route reflector)
 * and the four BIRD nodes configured like calico-node. Needs root, FRR and BIRD (see {@link dev.labforge.testing.E2E}).
 */
@dev.labforge.testing.E2E
class SeedLabInNamespacesTest {
    private static NamespaceLab lab;

    @BeforeAll
    static void start() throws Exception {
        NamespaceLab.assumeRunnable();
        lab = new NamespaceLab();
        lab.start(EosToFrr.translate(Files.readString(Path.of("src/test/resources/netnscfg/eos/seed-ceos01-startup-config.cfg")), "calico-bgp-lb"),
                CalicoResources.read(LabFixtures.SEED_DIR), LabFixtures.SEED_NODES);
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void torLearnsBlocksAndServiceCidrButNoPodRoutes() throws Exception {
        // when: every node's session is up and its routes have arrived
        String routes = await(() -> lab.vtysh("show ip route bgp"), r -> r.contains("192.168.46.128/26")
                && r.contains("192.168.42.192/26") && r.contains("192.168.69.0/26") && r.contains("192.168.88.192/26"));
        // then
        assertThat(routes).contains("192.168.42.192/26 [200/0] via 10.10.10.11", "192.168.46.128/26 [200/0] via 10.10.20.20",
                "172.16.0.240/28 [200/0] via ").doesNotContain("/32");
        // one path for the service CIDR announced by all four nodes, as EOS installs it
        assertThat(lab.vtysh("show ip route 172.16.0.240/28")).containsOnlyOnce(", via br");
        assertThat(lab.vtysh("show bgp ipv4 unicast 192.168.42.192/26")).contains("Community: 65010:100");
    }

    @Test
    void nodesLearnOtherBlocksViaTheirGatewayAndProgramTheirOwnAsBlackhole() throws Exception {
        // given: k01-worker (second node) in VLAN 10
        String ns = lab.node(1);
        // when
        String kernel = await(() -> lab.sh(ns, "ip", "route", "show", "proto", "bird").stdout(),
                r -> r.contains("192.168.46.128/26") && r.contains("192.168.88.192/26") && r.contains("192.168.69.0/26"));
        // then: reflected routes carry the ToR as next hop, even from the same VLAN (EOS next-hop-self)
        assertThat(kernel).contains("192.168.46.128/26 via 10.10.10.1", "192.168.88.192/26 via 10.10.10.1",
                "192.168.69.0/26 via 10.10.10.1", "blackhole 192.168.42.192/26");
        // the service CIDR is advertised but never programmed into the kernel
        assertThat(kernel).doesNotContain("172.16.0.240");
        // EOS sends no communities to the clients, so the ToR strips the nodes' 65010:100
        assertThat(lab.birdc(1, "show route all 192.168.46.128/26")).contains("BGP.next_hop: 10.10.10.1")
                .doesNotContain("BGP.community");
        assertThat(lab.birdc(1, "show protocols")).containsPattern("Node_10_10_10_1\\s+BGP\\s+master\\s+up\\s+\\S+\\s+Established");
    }
}
