package dev.labforge.runtime.netns;

import dev.labforge.model.Lab;
import dev.labforge.render.Renderer;
import dev.labforge.render.TemplateCatalog;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.workflow.RenderedFileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Renders a reference lab of this repository with the real generator, optionally under another lab name. */
final class RenderedLabs {
    static final Path LABS = Path.of("../labs");

    private RenderedLabs() {
    }

    static Path render(String labFolder, String rename, Path out) {
        return render(LABS.resolve(labFolder), rename, out);
    }

    /**
     * The lab with its lab.yaml edited ({@code from -> to} text replacements), e.g. the seed with an FRR ToR.
     * The edited copy goes next to {@code out}.
     */
    static Path renderVariant(String labFolder, Map<String, String> edits, String rename, Path out) throws IOException {
        String text = Files.readString(LABS.resolve(labFolder).resolve("lab.yaml"));
        for (Map.Entry<String, String> e : edits.entrySet()) {
            if (!text.contains(e.getKey())) {
                throw new IllegalArgumentException(labFolder + "/lab.yaml has no '" + e.getKey() + "'");
            }
            text = text.replace(e.getKey(), e.getValue());
        }
        Path labDir = out.resolveSibling(out.getFileName() + "-spec");
        Files.createDirectories(labDir);
        Files.writeString(labDir.resolve("lab.yaml"), text);
        return render(labDir, rename, out);
    }

    /**
     * Lab 07 rendered and then edited by hand into a ToR of platform linux (until the generator renders it):
     * the router is a plain Linux container whose exec lines build VLAN 10's bridge with the SVI, turn
     * forwarding on and add a static route to k01-worker's block; no BGP peer, so no session anywhere.
     * The plan's pings: pod to pod as rendered, the ToR to the pod it has a route to (TTL 63), and not to
     * the pod it has none to.
     */
    static Path renderLinuxTor(String rename, Path out) throws IOException {
        Path dir = render("07-calico-bgp", rename, out);
        Path topology = dir.resolve("topology.clab.yaml");
        String text = Files.readString(topology);
        String ceos = "      kind: arista_ceos\n      image: \"ceos:4.34.0F\"\n"
                + "      startup-config: startup-configs/ceos01-startup-config.cfg\n      enforce-startup-config: true\n";
        if (!text.contains(ceos)) {
            throw new IllegalStateException("lab 07's ToR node is no longer rendered as expected:\n" + text);
        }
        Files.writeString(topology, text.replace(ceos, String.join("\n",
                "      kind: linux",
                "      image: \"alpine:3.20\"",
                "      exec:",
                "        - \"ip link add br10 type bridge\"",
                "        - \"ip link set dev eth1 master br10\"",
                "        - \"ip link set dev eth1 up\"",
                "        - \"ip link set dev eth2 master br10\"",
                "        - \"ip link set dev eth2 up\"",
                "        - \"ip link set dev eth3 master br10\"",
                "        - \"ip link set dev eth3 up\"",
                "        - \"ip addr add 10.10.10.1/24 dev br10\"",
                "        - \"ip link set dev br10 up\"",
                "        - \"sysctl -w net.ipv4.ip_forward=1\"",
                "        - \"ip route add 192.168.0.64/26 via 10.10.10.11 dev br10\"",
                "")));
        Files.delete(dir.resolve("startup-configs/ceos01-startup-config.cfg"));
        Files.delete(dir.resolve("calico-cni-config/bgppeer-arista.yaml"));
        Path plan = dir.resolve("labforge/plan.yaml");
        String planText = Files.readString(plan);
        Files.writeString(plan, planText.substring(0, planText.indexOf("checks:\n")).replace("torPlatform: ceos", "torPlatform: linux")
                + "checks:\n"
                + "  - {type: route, on: ceos01, side: tor, prefix: 10.10.10.0/24, kind: connected, derived: true}\n"
                + "  - {type: ping, from: \"multitool-1@k01-worker\", to: \"multitool-1@k01-control-plane\", ttl: 62, reachable: true,"
                + " derived: true}\n"
                + "  - {type: ping, from: ceos01, to: \"multitool-1@k01-worker\", ttl: 63, reachable: true, derived: true}\n"
                + "  - {type: ping, from: ceos01, to: \"multitool-1@k01-control-plane\", reachable: false, derived: true}\n");
        return dir;
    }

    private static Path render(Path labDir, String rename, Path out) {
        LoadedSpec loaded = new SpecLoader().load(labDir);
        Lab lab = Resolver.resolve(loaded.spec());
        if (rename != null) {
            lab = new Lab(rename, lab.title(), lab.tor(), lab.cluster(), lab.calico(), lab.workloads(), lab.pods(), lab.checks());
        }
        RenderedFileWriter.write(Renderer.render(lab, TemplateCatalog.forLab(labDir)), out);
        return out.toAbsolutePath();
    }
}
