package dev.labforge.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.diag.Diagnostics;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.net.Ipv4;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator checks assigned node addresses (listen ranges, autodetection) only if it predicts them as the resolver assigns them. */
class NodeAddressAgreementTest {

    @Test
    void predictedAddressesAreTheResolvedOnes(@TempDir Path dir) throws Exception {
        // given: written and assigned addresses mixed, a moved gateway, and a /28 that runs past .10 into .1-.9
        Files.writeString(dir.resolve("lab.yaml"), """
                name: agree
                tor:
                  name: tor1
                  platform: frr
                  asn: 65010
                  vlans:
                    10: {subnet: 10.10.10.0/24, gateway: 10.10.10.10}
                    20: {subnet: 10.10.20.0/28}
                cluster:
                  name: k01
                  podSubnet: 192.168.0.0/16
                  nodes:
                    - {name: k01-control-plane, role: control-plane, vlan: 10}
                    - {name: k01-worker, vlan: 10, ip: 10.10.10.11}
                    - {name: k01-worker2, vlan: 10}
                    - {name: k01-worker3, vlan: 20, ip: 10.10.20.12}
                    - {name: k01-worker4, vlan: 20}
                    - {name: k01-worker5, vlan: 20}
                    - {name: k01-worker6, vlan: 20}
                    - {name: k01-worker7, vlan: 20}
                    - {name: k01-worker8, vlan: 20}
                calico:
                  asn: 65010
                  nodeToNodeMesh: false
                  pools: [{cidr: 192.168.0.0/17}]
                """);
        LoadedSpec loaded = new SpecLoader().load(dir);
        Diagnostics diagnostics = new Validator().validate(loaded);
        assertThat(diagnostics.hasErrors()).as(diagnostics.toString()).isFalse();

        // when
        Lab lab = Resolver.resolve(loaded.spec());
        ValidationContext ctx = new ValidationContext(loaded);
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < lab.cluster().nodes().size(); i++) {
            predicted.add(Ipv4.format(ctx.nodeAddress(i)));
        }

        // then
        assertThat(predicted).containsExactlyElementsOf(lab.cluster().nodes().stream().map(Node::ip).toList());
        assertThat(predicted).containsExactly("10.10.10.12", "10.10.10.11", "10.10.10.13", "10.10.20.12",
                "10.10.20.10", "10.10.20.11", "10.10.20.13", "10.10.20.14", "10.10.20.2");
    }
}
