package dev.labforge.runtime.netns.config;

import static dev.labforge.runtime.netns.config.NamespaceLab.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The eBGP lab (series lab 07 shape) with the real daemons: ToR AS 65001, nodes AS 65010, the only pool has
 * disableBGPExport and VXLANCrossSubnet. Needs root, FRR and BIRD (see {@link dev.labforge.testing.E2E}).
 */
@dev.labforge.testing.E2E
class EbgpLabInNamespacesTest {
    private static NamespaceLab lab;

    @BeforeAll
    static void start() throws Exception {
        NamespaceLab.assumeRunnable();
        lab = new NamespaceLab();
        lab.start(EosToFrr.translate(Files.readString(Path.of("src/test/resources/netnscfg/eos/ebgp-ceos01-startup-config.cfg")), "calico-bgp-lb"),
                CalicoResources.read(LabFixtures.EBGP_DIR), LabFixtures.EBGP_NODES);
    }

    @AfterAll
    static void stop() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void sessionsComeUpButTheToRReceivesNoPodRoutes() throws Exception {
        // when
        String json = await(() -> lab.vtysh("show bgp ipv4 unicast summary json"),
                s -> states(s).stream().filter("Established"::equals).count() == 3);
        // then: three dynamic eBGP peers, nothing received (the pool has disableBGPExport, PfxRcd 0 as in the series README)
        JsonNode peers = new ObjectMapper().readTree(json).path("peers");
        assertThat(states(json)).containsExactly("Established", "Established", "Established");
        for (JsonNode peer : peers) {
            assertThat(peer.path("remoteAs").asLong()).isEqualTo(65010);
            assertThat(peer.path("pfxRcd").asInt()).isZero();
            assertThat(peer.path("dynamicPeer").asBoolean()).isTrue();
        }
        assertThat(lab.vtysh("show ip route bgp")).doesNotContain("192.168.");
    }

    @Test
    void vxlanPoolKeepsBirdOutOfTheNodeKernelForPodRoutes() throws Exception {
        // when: the node has its session and the ToR's networks
        String protocols = await(() -> lab.birdc(0, "show protocols"), s -> s.contains("Established"));
        // then: the block blackhole exists in BIRD but the VXLAN pool filter keeps it out of the kernel (Felix's job)
        assertThat(protocols).containsPattern("Node_10_10_10_1\\s+BGP\\s+master\\s+up\\s+\\S+\\s+Established");
        assertThat(lab.birdc(0, "show route 192.168.50.0/26")).contains("blackhole");
        assertThat(lab.sh(lab.node(0), "ip", "route", "show", "proto", "bird").stdout()).doesNotContain("192.168.");
    }

    private static List<String> states(String json) {
        List<String> out = new ArrayList<>();
        try {
            for (JsonNode peer : new ObjectMapper().readTree(json).path("peers")) {
                out.add(peer.path("state").asString());
            }
        } catch (RuntimeException e) {
            return out;
        }
        return out;
    }
}
