package dev.labforge.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.runtime.ExecUsageException;
import dev.labforge.runtime.PreflightCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CeosDriverTest {
    static final Path SEED = Path.of("src/test/resources/fixtures/clab/seed");
    /** What `show running-config` of the seed's ToR shows (EOS indents by three). */
    static final String RUNNING_CONFIG = """
            hostname ceos01
            interface Vlan10
               ip address 10.10.10.1/24
            interface Vlan20
               ip address 10.10.20.1/24
            router bgp 65010
               router-id 10.10.10.1
               bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010
               bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010
               neighbor CALICO peer group
               neighbor CALICO remote-as 65010
               neighbor CALICO next-hop-self
               neighbor CALICO route-reflector-client
               neighbor CALICO description Calico-nodes
               !
               address-family ipv4
                  neighbor CALICO activate
                  network 10.10.10.0/24
                  network 10.10.20.0/24
            """;

    final TorDriver ceos = TorDrivers.of("ceos");
    final RenderedTor seed = RenderedTor.read(SEED);

    @Test
    void theRunningConfigMustHoldTheWholeRouterBgpBlockAndTheSviAddresses() {
        // when: nothing runs yet
        RunningConfigCheck check = ceos.runningConfigCheck(seed);

        // then
        assertThat(check.command()).containsExactly("Cli", "-p", "15", "-c", "show running-config");
        assertThat(check.promise()).isEqualTo("must contain the router bgp and interface address lines of "
                + "startup-configs/ceos01-startup-config.cfg");
        assertThat(check.missing("")).containsExactly(
                "ip address 10.10.10.1/24", "ip address 10.10.20.1/24",
                "router bgp 65010", "router-id 10.10.10.1",
                "bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010",
                "bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010",
                "neighbor CALICO peer group", "neighbor CALICO remote-as 65010", "neighbor CALICO next-hop-self",
                "neighbor CALICO route-reflector-client", "neighbor CALICO description Calico-nodes",
                "address-family ipv4", "neighbor CALICO activate", "network 10.10.10.0/24", "network 10.10.20.0/24");
    }

    @Test
    void aRunningConfigWithEveryLineInOtherIndentationPasses() {
        // when / then
        assertThat(ceos.runningConfigCheck(seed).missing(RUNNING_CONFIG.replace("   ", "  "))).isEmpty();
    }

    @Test
    void namesTheLinesTheRunningConfigLacks() {
        // given
        String running = RUNNING_CONFIG
                .replace("   bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010\n", "")
                .replace("ip address 10.10.20.1/24", "ip address 10.10.20.254/24");

        // when / then
        assertThat(ceos.runningConfigCheck(seed).missing(running)).containsExactly(
                "ip address 10.10.20.1/24", "bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010");
    }

    @Test
    void theOldPeerGroupSpellingMatchesWhatEosShows() {
        // given
        ConfigLines eos = new ConfigLines(l -> false, l -> l.replaceAll("^(neighbor \\S+) peer-group$", "$1 peer group"));

        // when / then
        assertThat(eos.missing("router bgp 65010\n   neighbor CALICO peer-group\n", "router bgp 65010\n   neighbor CALICO peer group\n"))
                .isEmpty();
    }

    @Test
    void findsRejectedLinesWithTheLineBeforeThem() {
        // given
        String log = """
                Starting EOS
                   neighbor CALICO bfd-fast
                % Invalid input (at token 2: 'bfd-fast')
                ip routing

                % Unavailable command (not supported on this hardware platform)
                """;

        // when / then
        assertThat(ceos.rejectedLines(log)).containsExactly(
                "neighbor CALICO bfd-fast -> % Invalid input (at token 2: 'bfd-fast')",
                "% Unavailable command (not supported on this hardware platform)");
        assertThat(ceos.rejectedLines("Starting EOS\nall fine\n")).isEmpty();
    }

    @Test
    void showCommandsAreEosCliAtPrivilege15WithJson() {
        // when / then
        assertThat(ceos.bgpSummaryCommand()).containsExactly("Cli", "-p", "15", "-c", "show ip bgp summary | json");
        assertThat(ceos.routesCommand()).containsExactly("Cli", "-p", "15", "-c", "show ip route | json");
        assertThat(ceos.bgpPrefixCommand("192.168.42.192/26"))
                .containsExactly("Cli", "-p", "15", "-c", "show ip bgp 192.168.42.192/26 detail | json");
        assertThat(ceos.pingCommand("10.10.10.11", 3)).containsExactly("Cli", "-p", "15", "-c", "ping 10.10.10.11 repeat 3");
        assertThat(ceos.runsBgp()).isTrue();
    }

    @Test
    void onlyLiteralAddressesAndPrefixesGetIntoACliString() {
        // when / then: these would otherwise be spliced into one EOS command line
        assertThatThrownBy(() -> ceos.pingCommand("10.10.10.11 repeat 1000000", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ping target must be an IPv4 address");
        assertThatThrownBy(() -> ceos.bgpPrefixCommand("192.168.0.0/16 | bash")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BGP prefix must be an IPv4 CIDR");
    }

    @Test
    void aMissingCeosImageSaysWhereToDownloadItAndHowToImportIt() {
        // when
        PreflightCheck check = ceos.missingImage("image ceos:4.34.0F present", "ceos:4.34.0F");

        // then
        assertThat(check.ok()).isFalse();
        assertThat(check.detail()).contains("cEOS64-lab-4.34.0F.tar.xz", "arista.com");
        assertThat(check.fix()).isEqualTo("docker import cEOS64-lab-4.34.0F.tar.xz ceos:4.34.0F");
    }

    @Test
    void onNetnsCliIsRefusedWithTheVtyshToUseInstead() {
        // when / then
        assertThatThrownBy(() -> ceos.netns().inNamespace("clab-x-ceos01", List.of("Cli", "-c", "show ip route")))
                .isInstanceOf(ExecUsageException.class)
                .hasMessageContaining("emulated by FRR").hasMessageContaining("vtysh -c");
        assertThat(ceos.netns().inNamespace("clab-x-ceos01", List.of("vtysh", "-c", "show bgp summary")))
                .containsExactly("ip netns exec clab-x-ceos01 vtysh -N clab-x-ceos01 -c show bgp summary".split(" ", 9));
        assertThat(ceos.netns().diagnostics()).containsEntry("show-bgp-summary.txt", List.of("vtysh", "-c", "show bgp summary"));
    }

    @Test
    void onNetnsTheSeedsEosConfigBecomesFrrWithBridgesForItsVlans() {
        // when
        var setup = ceos.netns().setup(seed);

        // then
        assertThat(setup.vlans()).extracting(v -> v.id() + " " + v.sviCidr() + " " + v.ports())
                .containsExactly("10 10.10.10.1/24 [eth1, eth2, eth3]", "20 10.10.20.1/24 [eth4]");
        assertThat(setup.frrConf()).contains("router bgp 65010", "bgp listen range 10.10.10.0/24 peer-group CALICO");
        assertThat(Map.of("show", ceos.netns().show().bgpSummaryCommand()))
                .containsEntry("show", List.of("vtysh", "-c", "show bgp summary json"));
    }
}
