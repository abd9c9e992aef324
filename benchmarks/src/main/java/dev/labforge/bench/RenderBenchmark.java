package dev.labforge.bench;

import dev.labforge.model.Lab;
import dev.labforge.render.RenderedFile;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.CalicoSpec;
import dev.labforge.spec.ClusterSpec;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.NodeSpec;
import dev.labforge.spec.PeersSpec;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.ServiceSpec;
import dev.labforge.spec.TorSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering speed, warm: a resolved lab of N kind nodes (4 = the seed's shape) to all its files
 * with the shared built-in template catalog. Run: java -jar benchmarks/target/benchmarks.jar RenderBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    @Param({"4", "500"})
    public int nodes;

    private LabSpec spec;
    private Lab lab;

    @Setup
    public void setUp() {
        spec = lab(nodes);
        lab = Resolver.resolve(spec);
    }

    @Benchmark
    public List<RenderedFile> render() {
        return Renderer.render(lab, TemplateCatalog.builtIn());
    }

    @Benchmark
    public List<RenderedFile> resolveAndRender() {
        return Renderer.render(Resolver.resolve(spec), TemplateCatalog.builtIn());
    }

    /** The seed's shape scaled: one control plane, workers over /24 VLANs of 200 nodes, a cEOS route reflector. */
    static LabSpec lab(int nodeCount) {
        int vlanCount = (nodeCount + 199) / 200;
        List<VlanSpec> vlans = new ArrayList<>();
        for (int v = 0; v < vlanCount; v++) {
            vlans.add(new VlanSpec(10 + v, "vlan-" + (10 + v), "10.10." + (10 + v) + ".0/24", null));
        }
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            String name = i == 0 ? "k01-control-plane" : i == 1 ? "k01-worker" : "k01-worker" + i;
            nodes.add(new NodeSpec(name, i == 0 ? "control-plane" : null, 10 + i / 200, null, null, null));
        }
        TorSpec tor = new TorSpec("ceos01", "ceos", "ceos:4.34.0F", 65010L, "route-reflector", null, null, null, 9124, vlans, null);
        ClusterSpec cluster = new ClusterSpec("k01", "kindest/node:v1.32.2", "192.168.0.0/16", null, 9000, nodes);
        CalicoSpec calico = new CalicoSpec("v3.30.0", 65010L, false, null,
                List.of(new PoolSpec("default-ipv4-ippool", "192.168.0.0/16", 26, "None", false, true, null)),
                List.of("172.16.0.240/28"), null, new PeersSpec("per-vlan", null), null);
        List<WorkloadSpec> workloads = List.of(
                new WorkloadSpec("multitool-1", "DaemonSet", "praqma/network-multitool", null, null, null),
                new WorkloadSpec("multitool-2", "DaemonSet", "praqma/network-multitool", null, null, null),
                new WorkloadSpec("nginx", "Deployment", "nginx:stable", null, null,
                        new ServiceSpec("lb-nginx-service", "LoadBalancer", 80)));
        return new LabSpec("calico-bgp-lb", "Render benchmark", tor, cluster, calico, workloads, null);
    }
}
