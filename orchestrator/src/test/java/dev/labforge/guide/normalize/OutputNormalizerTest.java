package dev.labforge.guide.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The normalisers on real captures (fixtures/guide/netns/, see its README): the same command captured at
 * different times of one lab, and after the lab was taken down and brought up again, normalises equal;
 * an edited fact (next hop, prefix count, state, TTL, address) does not.
 */
class OutputNormalizerTest {
    static final Path DIR = Path.of("src/test/resources/fixtures/guide/netns");
    static final List<String> LATER = List.of("run1-later", "run2");

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every captured command: lab/file. */
    static Stream<String> captures() throws IOException {
        try (Stream<Path> files = Files.list(DIR.resolve("lab10/run1"))) {
            List<String> lab10 = files.map(p -> "lab10/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().toList();
            try (Stream<Path> more = Files.list(DIR.resolve("lab07/run1"))) {
                return Stream.concat(lab10.stream(), more.map(p -> "lab07/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted());
            }
        }
    }

    private static Path run(String capture, String run) {
        String[] parts = capture.split("/");
        return DIR.resolve(parts[0]).resolve(run).resolve(parts[1]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void capturesOfOneCommandAtOtherTimesAndAfterARedeployNormaliseEqual(String capture) {
        // given
        String first = read(run(capture, "run1"));

        for (String later : LATER) {
            // when
            String other = read(run(capture, later));

            // then
            assertThat(OutputNormalizer.DEFAULT.lines(other)).as(capture + " " + later)
                    .isEqualTo(OutputNormalizer.DEFAULT.lines(first));
        }
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "lab10/frr-show-ip-bgp-summary.txt|*10.10.20.20    4      65010|*10.10.20.21    4      65010",
        "lab10/frr-show-ip-bgp-summary.txt|2        7 N/A|1        7 N/A",
        "lab10/frr-show-ip-bgp-summary.txt|local AS number 65010|local AS number 65011",
        "lab10/frr-show-ip-route.txt|192.168.42.192/26 [200/0] via 10.10.10.11|192.168.42.192/26 [200/0] via 10.10.10.12",
        "lab10/frr-show-ip-route.txt|B>* 192.168.46.128/26|B>* 192.168.46.192/26",
        "lab10/frr-show-ip-bgp-prefix.txt|Community: 65010:100|Community: 65010:200",
        "lab10/frr-show-running-config-bgpd.txt|route-reflector-client|next-hop-self",
        "lab10/bird-show-protocols.txt|Established|Active",
        "lab10/bird-show-route.txt|192.168.42.192/26  via 10.10.10.1|192.168.42.192/26  via 10.10.10.9",
        "lab10/ip-route-show-proto-bird.txt|blackhole 192.168.69.0/26|blackhole 192.168.69.64/26",
        "lab10/ip-route.txt|192.168.88.192/26 via 10.10.10.1|192.168.88.192/26 via 10.10.10.2",
        "lab10/ip-addr.txt|inet 10.10.10.11/24|inet 10.10.10.13/24",
        "lab10/ip-br-addr-pod.txt|192.168.46.129/32|192.168.46.130/32",
        "lab10/ping-pod-to-pod.txt|ttl=61|ttl=62",
        "lab10/ping-pod-to-pod.txt|3 received, 0% packet loss|2 received, 33.3333% packet loss",
        "lab10/ping-tor-to-pod.txt|from 192.168.42.193|from 192.168.42.194",
        "lab07/frr-show-ip-bgp-summary.txt|local AS number 65001|local AS number 65010",
        "lab07/ip-route.txt|192.168.0.64/26 via 10.10.10.11|192.168.0.64/26 via 10.10.10.12"})
    void anEditedFactStillDiffers(String capture, String from, String to) {
        // given
        String original = read(run(capture, "run1"));
        assertThat(original).as("the capture holds the fact to edit").contains(from);

        // when
        String edited = original.replace(from, to);

        // then
        assertThat(OutputNormalizer.DEFAULT.lines(edited)).isNotEqualTo(OutputNormalizer.DEFAULT.lines(original));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lab10/frr-show-ip-bgp-summary.txt", "lab10/frr-show-ip-route.txt", "lab10/bird-show-protocols.txt",
        "lab10/ping-pod-to-pod.txt", "lab10/ip-addr.txt", "lab10/frr-show-ip-bgp-prefix.txt"})
    void theseCapturesReallyDifferBeforeNormalising(String capture) {
        // given / when
        String first = read(run(capture, "run1"));
        String redeployed = read(run(capture, "run2"));

        // then: the equality above is the normaliser's doing
        assertThat(redeployed).isNotEqualTo(first);
    }
}
