package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.guide.content.GuideContext;
import dev.labforge.guide.content.GuideOutline;
import dev.labforge.guide.doc.GuideDocument.Region;
import dev.labforge.guide.doc.GuideParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which sections a lab's guide gets, by what the lab has; and the commands as each runtime types them. */
class GuideOutlineTest {

    private static List<String> ids(GuideContext ctx) {
        return GuideParser.parse(GuideOutline.markdown(ctx), "new").regions().stream().map(Region::id).map(Object::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"07-calico-bgp", "08-calico-bgp-lb", "09-multi-ippool", "10-calico-bgp-ippool", "15-selective-bgp-peering",
        "04-linux-tor", "06-calico-overlay", "18-mtu", "18-mtu-jumbo", "01-calico-ipam", "02-pod-network", "03-pod-routing",
        "16-static-ip"})
    void everyReferenceLabGetsAGuideWhoseRegionsAllRender(String lab) {
        // given
        GuideContext ctx = GuideFixtures.context(lab, "netns");

        // when
        String guide = Guides.write(ctx, new GuideFixtures.FakeLab());

        // then
        assertThat(GuideParser.parse(guide, "GUIDE.md").regions()).hasSizeGreaterThan(8);
        assertThat(guide).startsWith("<!-- lab:guide:meta lab=labs/" + lab + " runtime=netns -->\n");
    }

    @Test
    void anEbgpLabWithoutExportedPoolsHasNoRouteDiagramAndShowsTheNodesWholeTable() {
        // when
        List<String> ids = ids(GuideFixtures.context("07-calico-bgp", "netns"));

        // then
        assertThat(ids).contains("exec k01-control-plane -- ip route", "tor-routes", "diagram bgp", "ping multitool-1@k01-worker"
                + " multitool-1@k01-control-plane").doesNotContain("diagram routes", "exec k01-control-plane -- ip route show proto bird");
        assertThat(ids).noneMatch(id -> id.startsWith("exec ceos01 -- vtysh -c 'show ip bgp 1"));
    }

    @Test
    void aLinuxTorHasNoBgpSectionsAndItsRoutesComeFromTheKernel() {
        // when
        List<String> ids = ids(GuideFixtures.context("04-linux-tor", "netns"));

        // then
        assertThat(ids).contains("exec tor01 -- ip route", "tor-routes", "topology")
                .doesNotContain("peers", "tor-config", "diagram bgp").noneMatch(id -> id.contains("vtysh"));
    }

    @Test
    void theSeedGetsEveryRegionInTheOrderAStudentWalksThroughTheLab() {
        // when
        List<String> ids = ids(GuideFixtures.context("10-calico-bgp-ippool", "netns"));

        // then
        assertThat(ids).containsExactly("title", "setup", "topology", "diagram topology", "ippools", "blocks", "bgpconfiguration",
                "bgppeer bgppeer-vlan-10", "bgppeer bgppeer-vlan-20", "diagram bgp", "tor-config",
                "exec ceos01 -- vtysh -c 'show running-config bgpd'", "exec ceos01 -- vtysh -c 'show ip bgp summary'", "peers",
                "exec ceos01 -- vtysh -c 'show ip route'", "tor-routes", "diagram routes",
                "exec ceos01 -- vtysh -c 'show ip bgp 192.168.42.192/26'", "communities",
                "exec k01-control-plane -- birdc show protocols", "exec k01-control-plane -- ip route show proto bird",
                "node-routes k01-control-plane", "pods",
                "exec multitool-1@k01-worker3 -- ip -br -4 addr show dev eth0",
                "exec multitool-1@k01-worker -- ip -br -4 addr show dev eth0",
                "exec multitool-1@k01-worker -- ping -c 3 192.168.46.129", "ping multitool-1@k01-worker multitool-1@k01-worker3",
                "diagram ping multitool-1@k01-worker multitool-1@k01-worker3",
                "exec ceos01 -- ping -c 3 192.168.42.193", "ping ceos01 multitool-1@k01-worker",
                "exec ceos01 -- ping -c 3 192.168.46.129", "ping ceos01 multitool-1@k01-worker3", "summary");
    }

    @Test
    void onClabTheToRIsAskedThroughCliAndKubectlAnswersWhatNetnsCannot() {
        // given
        GuideContext ctx = GuideFixtures.context("10-calico-bgp-ippool", "clab");

        // when
        List<String> ids = ids(ctx);
        String guide = Guides.write(ctx, new GuideFixtures.FakeLab());

        // then
        assertThat(ids).contains("exec ceos01 -- Cli -p 15 -c 'show ip bgp summary'", "exec ceos01 -- Cli -p 15 -c"
                + " 'ping 192.168.42.193 repeat 3'", "exec k01-control-plane -- kubectl --kubeconfig /etc/kubernetes/admin.conf get"
                + " blockaffinities", "exec k01-control-plane -- ip route show proto bird")
                .doesNotContain("exec k01-control-plane -- birdc show protocols", "pods");
        assertThat(guide).contains("docker exec clab-calico-bgp-lb-ceos01 Cli -p 15 -c 'show ip bgp summary'\n",
                "\nkubectl get blockaffinities\n", "docker exec k01-control-plane ip route show proto bird\n",
                "kubectl exec $(kubectl get pod -l app=multitool-1 --field-selector spec.nodeName=k01-worker -o name) -- ping -c 3"
                        + " 192.168.46.129\n", "export KUBECONFIG=$PWD/labs/10-calico-bgp-ippool/out/k01.kubeconfig");
    }
}
