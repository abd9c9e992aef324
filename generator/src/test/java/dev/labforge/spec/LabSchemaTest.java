package dev.labforge.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/lab.schema.json accepts every reference lab and rejects structural mistakes. */
class LabSchemaTest {
    static final Path SCHEMA = Path.of("../docs/lab.schema.json");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(Files.readString(SCHEMA)));
    }

    static Stream<Path> labs() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("../labs"))) {
            return dirs.map(d -> d.resolve("lab.yaml")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    /** YAML to a Jackson tree; map keys become strings (VLAN ids are integer keys in YAML). */
    static JsonNode yamlTree(String yaml) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return JSON.valueToTree(stringKeys(data));
    }

    private static Object stringKeys(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> result = new LinkedHashMap<>();
            m.forEach((k, v) -> result.put(String.valueOf(k), stringKeys(v)));
            return result;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(LabSchemaTest::stringKeys).toList();
        }
        return o;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void referenceLabMatchesTheSchema(Path lab) throws IOException {
        // given
        JsonNode tree = yamlTree(Files.readString(lab));

        // when
        List<Error> errors = schema.validate(tree);

        // then
        assertThat(errors).extracting(Error::toString).isEmpty();
    }

    @Test
    void schemaRejectsUnknownKeysWrongEnumsAndBadVlanIds() throws IOException {
        // given
        String seed = Files.readString(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"));
        String broken = seed.replace("platform: ceos", "platform: eos\n  colour: red")
                .replace("    20: {name", "    abc: {name");

        // when
        List<Error> errors = schema.validate(yamlTree(broken));

        // then
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .contains("/tor/platform", "/tor/vlans", "/tor");
        assertThat(errors).extracting(Error::getKeyword).contains("enum", "additionalProperties", "propertyNames");
    }

    @Test
    void schemaRequiresTheToRAsUnlessThePlatformIsLinux() throws IOException {
        // given
        String seed = Files.readString(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"));
        String ceosWithoutAsn = seed.replace("  asn: 65010\n  role: route-reflector\n", "");
        String linuxWithoutAsn = Files.readString(Path.of("../labs/04-linux-tor/lab.yaml"));

        // when
        List<Error> ceosErrors = schema.validate(yamlTree(ceosWithoutAsn));
        List<Error> linuxErrors = schema.validate(yamlTree(linuxWithoutAsn));

        // then
        assertThat(ceosWithoutAsn).doesNotContain("  asn: 65010\n  role");
        assertThat(ceosErrors).extracting(Error::toString).anyMatch(e -> e.contains("asn"));
        assertThat(linuxWithoutAsn).doesNotContain("asn:");
        assertThat(linuxErrors).isEmpty();
    }

    @Test
    void schemaKnowsOneExpectKeyPerCheckTypeAndRejectsOthers() throws IOException {
        // given
        String seed = Files.readString(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"));
        String withChecks = seed.replace("expect:\n", """
                expect:
                  remove: ["bgp ceos01 <- 10.10.10.11 (k01-worker)"]
                  bgp:
                    - {on: ceos01, peer: k01-worker, prefixes: 2}
                  route:
                    - {on: k01-worker, prefix: 192.168.46.128/26, via: [10.10.10.1]}
                  community:
                    - {prefix: 192.168.42.192/26, communities: ["65010:100"]}
                """);
        String withUnknown = seed.replace("expect:\n", "expect:\n  traceroute: []\n");

        // when
        List<Error> accepted = schema.validate(yamlTree(withChecks));
        List<Error> rejected = schema.validate(yamlTree(withUnknown));

        // then
        assertThat(withChecks).contains("route:");
        assertThat(accepted).extracting(Error::toString).isEmpty();
        assertThat(rejected).extracting(Error::getKeyword).contains("additionalProperties");
    }

    @Test
    void schemaAcceptsALabWithoutAToRAndRequiresVlansOnlyBehindOne() throws IOException {
        // given
        String flat = dev.labforge.testing.FlatSpecs.POD_ROUTING.replace("  podSubnet: 192.168.0.0/16\n",
                "  podSubnet: 192.168.0.0/16\n  network: {subnet: 172.18.0.0/16}\n")
                .replace("  pools:\n", "  reservations:\n    - {name: reserved-ips, cidrs: [192.168.100.8/29, 192.168.100.20]}\n  pools:\n");
        String seed = Files.readString(Path.of("../labs/10-calico-bgp-ippool/lab.yaml"));
        String seedWithoutVlan = seed.replace("{name: k01-worker, vlan: 10,", "{name: k01-worker,");

        // when
        List<Error> flatErrors = schema.validate(yamlTree(flat));
        List<Error> seedErrors = schema.validate(yamlTree(seedWithoutVlan));

        // then
        assertThat(flat).contains("network:", "reservations:").doesNotContain("tor:");
        assertThat(flatErrors).extracting(Error::toString).isEmpty();
        assertThat(seedWithoutVlan).isNotEqualTo(seed);
        assertThat(seedErrors).extracting(Error::toString).anyMatch(e -> e.contains("vlan"));
    }
}
