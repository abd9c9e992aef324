package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.platform.TorPlatforms;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class TorConfigCheckTest {

    @Test
    void expectsTheWholeRouterBgpBlockAndTheSviAddresses() throws IOException {
        // given
        String rendered = Files.readString(SeedLab.DIR.resolve("startup-configs/ceos01-startup-config.cfg"));

        // when / then
        assertThat(TorConfigCheck.expectedLines(rendered, TorPlatforms.byId("ceos"))).containsExactly(
                "ip address 10.10.10.1/24", "ip address 10.10.20.1/24",
                "router bgp 65010", "router-id 10.10.10.1",
                "bgp listen range 10.10.10.0/24 peer-group CALICO remote-as 65010",
                "bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010",
                "neighbor CALICO peer group", "neighbor CALICO remote-as 65010", "neighbor CALICO next-hop-self",
                "neighbor CALICO route-reflector-client", "neighbor CALICO description Calico-nodes",
                "address-family ipv4", "neighbor CALICO activate", "network 10.10.10.0/24", "network 10.10.20.0/24");
    }

    @Test
    void aRunningConfigWithEveryLineInOtherIndentationPasses() throws IOException {
        // given
        String rendered = Files.readString(SeedLab.DIR.resolve("startup-configs/ceos01-startup-config.cfg"));
        String running = ClabRuntimeTest.RUNNING_CONFIG.replace("   ", "  ");

        // when / then
        assertThat(TorConfigCheck.missingLines(rendered, running, TorPlatforms.byId("ceos"))).isEmpty();
    }

    @Test
    void namesTheLinesTheRunningConfigLacks() throws IOException {
        // given
        String rendered = Files.readString(SeedLab.DIR.resolve("startup-configs/ceos01-startup-config.cfg"));
        String running = ClabRuntimeTest.RUNNING_CONFIG
                .replace("   bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010\n", "")
                .replace("ip address 10.10.20.1/24", "ip address 10.10.20.254/24");

        // when / then
        assertThat(TorConfigCheck.missingLines(rendered, running, TorPlatforms.byId("ceos"))).containsExactly(
                "ip address 10.10.20.1/24", "bgp listen range 10.10.20.0/24 peer-group CALICO remote-as 65010");
    }

    @Test
    void theOldPeerGroupSpellingMatchesWhatEosShows() {
        // given
        String rendered = "router bgp 65010\n   neighbor CALICO peer-group\n";

        // when / then
        assertThat(TorConfigCheck.missingLines(rendered, "router bgp 65010\n   neighbor CALICO peer group\n", TorPlatforms.byId("ceos"))).isEmpty();
    }

    @Test
    void frrActivateLinesAreNotRequiredBecauseFrrHidesThem() {
        // given
        String rendered = """
                router bgp 65010
                 neighbor CALICO peer-group
                 address-family ipv4 unicast
                  neighbor CALICO activate
                  neighbor CALICO route-reflector-client
                 exit-address-family
                exit
                """;
        String running = """
                router bgp 65010
                 neighbor CALICO peer-group
                 !
                 address-family ipv4 unicast
                  neighbor CALICO route-reflector-client
                 exit-address-family
                exit
                """;

        // when / then
        assertThat(TorConfigCheck.missingLines(rendered, running, TorPlatforms.byId("frr"))).isEmpty();
        assertThat(TorConfigCheck.expectedLines(rendered, TorPlatforms.byId("frr"))).containsExactly(
                // both sides are compared in one spelling, so FRR's "peer-group" is shown normalized too
                "router bgp 65010", "neighbor CALICO peer group", "address-family ipv4 unicast", "neighbor CALICO route-reflector-client");
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
        assertThat(TorConfigCheck.rejectedLines(log)).containsExactly(
                "neighbor CALICO bfd-fast -> % Invalid input (at token 2: 'bfd-fast')",
                "% Unavailable command (not supported on this hardware platform)");
        assertThat(TorConfigCheck.rejectedLines("Starting EOS\nall fine\n")).isEmpty();
    }
}
