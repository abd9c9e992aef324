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
        List<String> all = new java.util.ArrayList<>();
        for (String lab : List.of("lab10", "lab07", "lab18")) {
            try (Stream<Path> files = Files.list(DIR.resolve(lab).resolve("run1"))) {
                files.map(p -> lab + "/" + p.getFileName()).filter(n -> n.endsWith(".txt")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    /** The captures of commands whose line order means nothing (see the fixtures' README). */
    private static final List<String> UNORDERED = List.of("lab18/ip-neigh-vxlan.txt", "lab18/bridge-fdb-vxlan.txt");

    private static List<String> keys(String capture, String text) {
        return UNORDERED.contains(capture) ? OutputNormalizer.DEFAULT.sortedLines(text) : OutputNormalizer.DEFAULT.lines(text);
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
            assertThat(keys(capture, other)).as(capture + " " + later).isEqualTo(keys(capture, first));
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
        "lab07/ip-route.txt|192.168.0.64/26 via 10.10.10.11|192.168.0.64/26 via 10.10.10.12",
        "lab18/ip-d-link-vxlan.txt|mtu 1450|mtu 1500",
        "lab18/ip-d-link-vxlan.txt|vxlan id 4096 local 10.10.10.11|vxlan id 4097 local 10.10.10.11",
        "lab18/ip-d-link-vxlan.txt|local 10.10.10.11 dev eth1|local 10.10.10.12 dev eth1",
        "lab18/ip-neigh-vxlan.txt|192.168.0.192 lladdr|192.168.0.193 lladdr",
        "lab18/bridge-fdb-vxlan.txt|dst 10.10.20.20|dst 10.10.20.21",
        "lab18/ip-route-overlay.txt|192.168.0.192/26 via 192.168.0.192 dev vxlan.calico|192.168.0.192/26 via 10.10.10.1 dev eth1",
        "lab18/ip-link-tor.txt|eth4@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 9000|eth4@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500",
        "lab18/ip-link-pod.txt|mtu 1450|mtu 8950",
        "lab18/ping-overlay.txt|ttl=62|ttl=61",
        "lab18/ping-df-error.txt|8900(8928)|8000(8028)",
        "lab18/ping-df-error.txt|0 received, +3 errors|3 received"})
    void anEditedFactStillDiffers(String capture, String from, String to) {
        // given
        String original = read(run(capture, "run1"));
        assertThat(original).as("the capture holds the fact to edit").contains(from);

        // when
        String edited = original.replace(from, to);

        // then
        assertThat(keys(capture, edited)).isNotEqualTo(keys(capture, original));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lab18/ip-neigh-vxlan.txt", "lab18/bridge-fdb-vxlan.txt"})
    void aKernelTableListedInAnotherOrderIsTheSameTable(String capture) {
        // given the entries as one run listed them, and in reverse (the kernel lists them in hash order:
        // lab 18's neighbours came 0, 128, 192 in one run and 192, 128, 0 in another)
        String first = read(run(capture, "run1"));
        List<String> lines = new java.util.ArrayList<>(first.lines().toList());
        java.util.Collections.reverse(lines);
        String reordered = String.join("\n", lines) + "\n";
        assertThat(reordered).isNotEqualTo(first);

        // when / then
        assertThat(OutputNormalizer.DEFAULT.sortedLines(reordered)).isEqualTo(OutputNormalizer.DEFAULT.sortedLines(first));
        assertThat(OutputNormalizer.DEFAULT.lines(reordered)).as("line by line it differs").isNotEqualTo(OutputNormalizer.DEFAULT.lines(first));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ip neigh show dev vxlan.calico,true", "ip -4 neigh,true", "bridge fdb show dev vxlan.calico,true",
        "ip route,false", "ip -d link show vxlan.calico,false", "vtysh -c show ip route,false"})
    void onlyTheKernelsNeighbourAndForwardingTablesAreUnordered(String command, boolean unordered) {
        // given / when / then
        assertThat(NormalizeRules.unordered(List.of(command.split(" ")))).isEqualTo(unordered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lab10/frr-show-ip-bgp-summary.txt", "lab10/frr-show-ip-route.txt", "lab10/bird-show-protocols.txt",
        "lab10/ping-pod-to-pod.txt", "lab10/ip-addr.txt", "lab10/frr-show-ip-bgp-prefix.txt", "lab18/ip-link-tor.txt",
        "lab18/ping-df-error.txt"})
    void theseCapturesReallyDifferBeforeNormalising(String capture) {
        // given / when
        String first = read(run(capture, "run1"));
        String redeployed = read(run(capture, "run2"));

        // then: the equality above is the normaliser's doing
        assertThat(redeployed).isNotEqualTo(first);
    }
}
