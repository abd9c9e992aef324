package dev.labforge.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void parsesBothFamiliesAndWritesThemCanonically() {
        assertThat(Cidr.parse("10.10.10.0/24")).hasToString("10.10.10.0/24");
        assertThat(Cidr.parse("FD00:10:244:0::/48")).hasToString("fd00:10:244::/48");
        assertThat(Cidr.parse("fd00:10:244::/48").family()).isEqualTo(IpFamily.IPV6);
        assertThat(Cidr.parseInterface("fd00:10:10::11/64").network()).hasToString("fd00:10:10::/64");
        assertThat(Cidr.parseInterface("fd00:10:10::11/64").addressText()).isEqualTo("fd00:10:10::11");
    }

    @Test
    void hostBitsAreAnErrorThatNamesTheNetwork() {
        assertThatThrownBy(() -> Cidr.parse("10.10.20.1/24")).hasMessage("'10.10.20.1/24' has host bits set (the network is 10.10.20.0/24)");
        assertThatThrownBy(() -> Cidr.parse("fd00:10:244::1/48"))
                .hasMessage("'fd00:10:244::1/48' has host bits set (the network is fd00:10:244::/48)");
    }

    @Test
    void badPrefixesSayWhatAValidOneLooksLikeInTheirFamily() {
        assertThatThrownBy(() -> Cidr.parse("10.10.10.0/33")).hasMessage("'10.10.10.0/33' has an invalid prefix length (expected 0..32)");
        assertThatThrownBy(() -> Cidr.parse("fd00::/129")).hasMessage("'fd00::/129' has an invalid prefix length (expected 0..128)");
        assertThatThrownBy(() -> Cidr.parse("10.10.10.0/024")).hasMessage("'10.10.10.0/024' has an invalid prefix length (expected 0..32)");
        assertThatThrownBy(() -> Cidr.parse("192.168.0.0")).hasMessage("'192.168.0.0' is not a prefix (expected address/length like 10.10.10.0/24)");
        assertThatThrownBy(() -> Cidr.parse("fd00::")).hasMessage("'fd00::' is not a prefix (expected address/length like fd00:10:10::/64)");
        assertThatThrownBy(() -> Cidr.parse("192.168.0/16")).hasMessage("'192.168.0' is not an IPv4 address (expected four numbers like 10.10.10.1)");
        assertThatThrownBy(() -> Cidr.parse(null)).hasMessage("no prefix given");
    }

    @Test
    void containsAndOverlapsNeverCrossFamilies() {
        Cidr v4 = Cidr.parse("10.0.0.0/8");
        Cidr v6 = Cidr.parse("::/0");
        assertThat(v6.contains("10.1.2.3")).isFalse();
        assertThat(v4.contains("::a01:203")).isFalse();
        assertThat(v6.contains(v4)).isFalse();
        assertThat(v4.overlaps(v6)).isFalse();
        Cidr pod = Cidr.parse("fd00:10:244::/48");
        assertThat(pod.contains(Cidr.parse("fd00:10:244:1b38:1133:7e2c:be1e:4d00/122"))).isTrue();
        assertThat(pod.contains(Cidr.parse("fd00:10:245::/122"))).isFalse();
        assertThat(Cidr.parse("fd00:10:244:1::/64").overlaps(pod)).isTrue();
        assertThat(pod.contains("fd00:10:244::5")).isTrue();
    }

    @Test
    void hostsCountFromTheNetworkAddress() {
        Cidr block = Cidr.parse("fd00:10:244:1b38:1133:7e2c:be1e:4d00/122");
        assertThat(block.size()).isEqualTo(64);
        assertThat(block.host(1)).isEqualTo("fd00:10:244:1b38:1133:7e2c:be1e:4d01");
        assertThat(block.last()).hasToString("fd00:10:244:1b38:1133:7e2c:be1e:4d3f");
        assertThat(Cidr.parse("fd00:10:10::/64").size()).isEqualTo(Long.MAX_VALUE);
        assertThat(Cidr.parse("fd00:10:10::/64").host(16)).isEqualTo("fd00:10:10::10");
        assertThatThrownBy(() -> block.host(64)).hasMessage("host 64 is outside fd00:10:244:1b38:1133:7e2c:be1e:4d00/122");
        Cidr v4 = Cidr.parse("10.10.10.0/24");
        assertThat(v4.host(255)).isEqualTo("10.10.10.255");
        assertThatThrownBy(() -> v4.host(256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void supernetsAndOtherLengthsAreTheLibrarysPrefixMath() {
        assertThat(Cidr.parse("fd00:10:10::/64").supernetWith(Cidr.parse("fd00:10:20::/64"))).hasToString("fd00:10::/42");
        assertThat(Cidr.parse("10.10.10.0/24").supernetWith(Cidr.parse("10.10.20.0/24"))).hasToString("10.10.0.0/19");
        assertThat(Cidr.parse("192.168.42.192/26").withPrefixLength(24)).hasToString("192.168.42.0/24");
        assertThat(Cidr.parse("fd00:10:10::/64").withPrefixLength(48)).hasToString("fd00:10:10::/48");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/8").supernetWith(Cidr.parse("fd00::/8")))
                .hasMessageContaining("different address families");
    }

    @Test
    void ipv4ArithmeticStaysForIpv4AndRefusesIpv6() {
        Cidr v4 = Cidr.parse("10.10.10.0/24");
        assertThat(v4.networkAddress()).isEqualTo(Ipv4.parse("10.10.10.0"));
        assertThat(v4.broadcastAddress()).isEqualTo(Ipv4.parse("10.10.10.255"));
        assertThat(new Cidr(Ipv4.parse("10.10.10.77"), 26).network()).hasToString("10.10.10.64/26");
        assertThat(v4.contains(Ipv4.parse("10.10.10.9"))).isTrue();
        assertThatThrownBy(() -> Cidr.parse("fd00::/64").networkAddress()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IPv6 prefix");
        assertThat(Cidr.parse("fd00::/64").contains(Ipv4.parse("10.10.10.9"))).isFalse();
    }

    @Test
    void equalPrefixesCompareEqualAndSortIpv4First() {
        assertThat(Cidr.parse("fd00:0:0::/48")).isEqualTo(Cidr.parse("fd00::/48")).hasSameHashCodeAs(Cidr.parse("fd00::/48"));
        assertThat(Cidr.parse("10.0.0.0/8")).isLessThan(Cidr.parse("::/0"));
        assertThat(Cidr.parse("10.0.0.0/8")).isLessThan(Cidr.parse("10.0.0.0/16"));
    }
}
