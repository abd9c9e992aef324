package dev.labforge.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpTest {

    @Test
    void ipv6IsWrittenTheWayIproute2FrrAndBirdPrintIt() {
        // given addresses written with capitals, leading zeros and full groups
        // when parsed
        // then each reads back in RFC 5952 form
        assertThat(Ip.canonical("FD00:0010:0010:0000::0010")).isEqualTo("fd00:10:10::10");
        assertThat(Ip.canonical("2001:0db8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(Ip.canonical("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(Ip.canonical("10.10.10.1")).isEqualTo("10.10.10.1");
    }

    @Test
    void familyIsToldByTheText() {
        assertThat(Ip.familyOf("fd00:10:10::1")).isEqualTo(IpFamily.IPV6);
        assertThat(Ip.familyOf("10.10.10.1")).isEqualTo(IpFamily.IPV4);
        assertThat(Ip.familyOf("10.10.10")).isNull();
        assertThat(Ip.parse("fe80::ecee:eeff:feee:eeee").isLinkLocal()).isTrue();
        assertThat(Ip.parse("fd00:10:10::1").isLinkLocal()).isFalse();
    }

    @Test
    void rejectsEveryLooseFormTheLibraryCouldReadWithTheFormsItLooksLike() {
        // inet_aton short forms, hex, wildcards, ranges, zones, mixed notation, brackets, whitespace
        for (String loose : new String[] {"1.2.3", "0x0a.0.0.1", "1.2.*.4", "1.2.3.4-5", " 1.2.3.4", "1.2.3.4 ", ""}) {
            assertThatThrownBy(() -> Ip.parse(loose)).as(loose).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + loose + "' is not an IPv4 address (expected four numbers like 10.10.10.1)");
        }
        for (String loose : new String[] {"fe80::1%eth0", "::ffff:1.2.3.4", "[::1]", "1::2::3", "1:2:3:4:5:6:7:8:9", "fd00::1/64"}) {
            assertThatThrownBy(() -> Ip.parse(loose)).as(loose).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + loose + "' is not an IPv6 address (expected up to eight groups of hex digits, '::' for zeros, like fd00:10:10::11)");
        }
        assertThatThrownBy(() -> Ip.parse("10.10.10.256")).hasMessage("'10.10.10.256' is not an IPv4 address (256 is larger than 255)");
        assertThatThrownBy(() -> Ip.parse(null)).hasMessage("no address given");
    }

    @Test
    void aDottedQuadWithLeadingZerosIsDecimalNotOctal() {
        assertThat(Ip.canonical("010.010.010.011")).isEqualTo("10.10.10.11");
    }

    @Test
    void parseOfAFamilySaysWhichFamilyTheTextIs() {
        assertThatThrownBy(() -> Ip.parse("fd00::1", IpFamily.IPV4)).hasMessage("'fd00::1' is an IPv6 address, not an IPv4 one");
        assertThatThrownBy(() -> Ipv4.parse("fd00::1")).hasMessage("'fd00::1' is an IPv6 address, not an IPv4 one");
        assertThat(Ip.parse("fd00::1", IpFamily.IPV6)).hasToString("fd00::1");
    }

    @Test
    void ipv4ValuesRoundTripThroughLongs() {
        assertThat(Ipv4.parse("10.10.10.11")).isEqualTo(0x0A0A0A0BL);
        assertThat(Ipv4.format(0xFFFFFFFFL)).isEqualTo("255.255.255.255");
        assertThat(Ipv4.isValid("fd00::1")).isFalse();
        assertThatThrownBy(() -> Ipv4.format(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesOrderIpv4FirstThenByValueAndCountOnwards() {
        assertThat(Ip.parse("10.0.0.1")).isLessThan(Ip.parse("::1"));
        assertThat(Ip.parse("fd00::9")).isLessThan(Ip.parse("fd00::10"));
        assertThat(Ip.parse("fd00:10:244::ff").plus(1)).hasToString("fd00:10:244::100");
        assertThat(Ip.parse("fd00::1")).isEqualTo(Ip.parse("FD00:0::1")).hasSameHashCodeAs(Ip.parse("fd00::1"));
        assertThatThrownBy(() -> Ip.parse("255.255.255.255").plus(1)).hasMessageContaining("outside the IPv4 address space");
    }
}
