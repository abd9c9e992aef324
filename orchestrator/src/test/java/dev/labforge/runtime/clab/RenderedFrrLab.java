package dev.labforge.runtime.clab;

import dev.labforge.model.Lab;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.runtime.RenderedLab;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import dev.labforge.workflow.RenderedFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small lab with an FRR ToR, written as a lab.yaml and taken through loader, validator, resolver
 * and renderer, as `lab render` does. Lab and cluster names are the test's own, so its containers
 * never meet another run's.
 */
final class RenderedFrrLab {
    private RenderedFrrLab() {
    }

    /** Renders into {@code dir}/out; {@code cluster} names the kind nodes (cluster-control-plane, cluster-worker). */
    static RenderedLab render(Path dir, String lab, String cluster, String torImage, String nodeImage) {
        String spec = """
                name: %1$s
                tor:
                  name: tor01
                  platform: frr
                  image: %3$s
                  asn: 65010
                  vlans:
                    10: {subnet: 10.10.10.0/24}
                cluster:
                  name: %2$s
                  image: %4$s
                  podSubnet: 192.168.0.0/16
                  nodes:
                    - {name: %2$s-control-plane, role: control-plane, vlan: 10, ip: 10.10.10.10}
                    - {name: %2$s-worker, vlan: 10, ip: 10.10.10.11}
                calico:
                  version: v3.30.0
                  asn: 65010
                  nodeToNodeMesh: false
                  pools:
                    - {name: default-ipv4-ippool, cidr: 192.168.0.0/17, blockSize: 26, encapsulation: None}
                workloads:
                  - {name: multitool-1, kind: DaemonSet, image: praqma/network-multitool}
                """.formatted(lab, cluster, torImage, nodeImage);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("lab.yaml"), spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadedSpec loaded = new SpecLoader().load(dir);
        new Validator().validateOrThrow(loaded);
        Lab model = Resolver.resolve(loaded.spec());
        Path out = dir.resolve("out");
        RenderedFileWriter.write(Renderer.render(model, TemplateCatalog.forLab(dir)), out);
        return new RenderedLab(model.name(), out, model);
    }

    static Path torConfig(RenderedLab lab) {
        return lab.dir().resolve("startup-configs/tor01/frr.conf");
    }
}
