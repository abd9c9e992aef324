package dev.labforge.probe.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import dev.labforge.probe.PingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PingParserTest {

    @Test
    void iputilsSuccessFromAPodNamespace() {
        // given
        String out = Fixtures.read("ping/iputils_pod_to_node_ok.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.target()).isEqualTo("10.10.20.20");
        assertThat(r.transmitted()).isEqualTo(3);
        assertThat(r.received()).isEqualTo(3);
        assertThat(r.ttls()).containsExactly(62, 62, 62);
        assertThat(r.anyReply()).isTrue();
        assertThat(r.output()).isEqualTo(out);
    }

    @Test
    void iputilsTotalLossWithoutErrorLines() {
        // given
        String out = Fixtures.read("ping/iputils_total_loss.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r).extracting(PingResult::target, PingResult::transmitted, PingResult::received)
                .containsExactly("10.10.10.99", 3, 0);
        assertThat(r.ttls()).isEmpty();
        assertThat(r.anyReply()).isFalse();
    }

    @Test
    void iputilsDestinationHostUnreachable() {
        // given
        String out = Fixtures.read("ping/iputils_host_unreachable.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.received()).isZero();
        assertThat(r.transmitted()).isEqualTo(3);
        assertThat(r.ttls()).isEmpty();
        assertThat(r.output()).contains("Destination Host Unreachable");
    }

    @Test
    void eosPingWith72ByteProbes() {
        // given
        String out = Fixtures.read("ping/eos_ping_ok.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.target()).isEqualTo("192.168.42.193");
        assertThat(r.ttls()).containsExactly(63, 63, 63, 63, 63);
        assertThat(r.received()).isEqualTo(5);
    }

    @Test
    void busyboxSeqForm() {
        // given
        String out = Fixtures.read("ping/busybox_ping_ok.txt");
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r).extracting(PingResult::target, PingResult::transmitted, PingResult::received, PingResult::ttls)
                .containsExactly("192.168.46.129", 2, 2, List.of(61, 61));
    }

    @Test
    void duplicatesAreNotCountedAsTtls() {
        // given
        String out = """
                PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
                64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.05 ms
                64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.06 ms (DUP!)

                --- 10.0.0.2 ping statistics ---
                1 packets transmitted, 1 received, +1 duplicates, 0% packet loss, time 0ms
                """;
        // when / then
        assertThat(PingParser.parse(out).ttls()).containsExactly(64);
    }

    @Test
    void pingErrorWithoutStatisticsIsNoReply() {
        // given
        String out = "ping: connect: Network is unreachable\n";
        // when
        PingResult r = PingParser.parse(out);
        // then
        assertThat(r.anyReply()).isFalse();
        assertThat(r.transmitted()).isZero();
        assertThat(r.output()).isEqualTo(out);
    }

    @Test
    void unrelatedOutputIsAnError() {
        assertThatThrownBy(() -> PingParser.parse("Cannot open network namespace \"lab-x\": No such file or directory"))
                .isInstanceOf(ObservationException.class)
                .hasMessageContaining("no 'N packets transmitted, M received' line")
                .hasMessageContaining("Cannot open network namespace");
        assertThatThrownBy(() -> PingParser.parse("")).isInstanceOf(ObservationException.class);
    }

    @Test
    void aDontFragmentPingLargerThanTheSendersMtuFailsLocallyWithTheMtuOnStderr() {
        // given
        String stdout = Fixtures.read("overlay/ping-pod-df-8900-local-error.txt");
        String stderr = Fixtures.read("overlay/ping-pod-df-8900-local-error.stderr");
        // when
        PingResult r = PingParser.parse(stdout, stderr);
        // then
        assertThat(r.anyReply()).isFalse();
        assertThat(r.transmitted()).isEqualTo(2);
        assertThat(r.errors()).containsExactly("local error: message too long, mtu=1450", "local error: message too long, mtu=1450");
        assertThat(r.reported("message too long, mtu=1450")).isTrue();
        assertThat(r.reported("mtu=1500")).isFalse();
        assertThat(r.output()).contains("8900(8928) bytes of data").endsWith("mtu=1450\n");
    }

    @Test
    void theSameDontFragmentPingAtAJumboPodMtuGetsItsRepliesWithTheirTtl() {
        // when
        PingResult r = PingParser.parse(Fixtures.read("overlay/ping-pod-df-8900-jumbo-ok.txt"), "");
        // then
        assertThat(r.received()).isEqualTo(2);
        assertThat(r.ttls()).containsExactly(63, 63);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void aRouterThatMustFragmentAnswersOnStdoutAndTheNextProbeFailsLocally() {
        // when
        PingResult r = PingParser.parse(Fixtures.read("overlay/ping-df-frag-needed-at-router.txt"),
                Fixtures.read("overlay/ping-df-frag-needed-at-router.stderr"));
        // then
        assertThat(r.errors()).containsExactly("From 10.10.10.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)",
                "local error: message too long, mtu=1500");
        assertThat(r.anyReply()).isFalse();
    }

    @Test
    void anOverlayPingWithoutItsFdbEntryIsLostSilently() {
        // when
        PingResult r = PingParser.parse(Fixtures.read("overlay/ping-overlay-fdb-missing.txt"), "");
        // then
        assertThat(r.transmitted()).isEqualTo(2);
        assertThat(r.received()).isZero();
        assertThat(r.errors()).isEmpty();
    }
}
