package dev.labforge.render;

import dev.labforge.check.PingCheck;
import dev.labforge.rendered.RenderedPaths;
import dev.labforge.model.Lab;
import dev.labforge.model.Node;
import dev.labforge.model.Pool;
import dev.labforge.model.Tor;
import dev.labforge.model.TorPort;
import dev.labforge.model.Vlan;
import dev.labforge.model.Workload;
import dev.labforge.platform.ConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * README.md of the rendered folder: what the lab is, how to deploy it with plain containerlab and
 * kubectl, and the address tables (they paste into a course README): VLANs and ToR ports, or the flat
 * network of a lab without a ToR.
 */
public final class LabReadmeOutput implements Output {
    static final String TEMPLATE = "readme/README.md.ftl";

    public record FileRow(String path, String what) {
    }

    public record VlanRow(int id, String name, String subnet, String gateway, String ports) {
    }

    public record NodeRow(String name, String role, int vlan, String address, String gateway, String torPort,
                          String block, String peers) {
    }

    /** A ping check: its endpoints, the packet ("default", "8900 bytes, don't fragment") and what must happen. */
    public record PingRow(String from, String to, String packet, String expected) {
    }

    @Override
    public String id() {
        return "readme";
    }

    /** A node on the flat network of a lab without a ToR. */
    public record FlatNodeRow(String name, String role, String address, String block) {
    }

    @Override
    public List<RenderedFile> render(Lab lab, TemplateCatalog catalog) {
        Map<String, Object> model = Views.model(lab);
        model.put("files", files(lab));
        model.put("kindConfig", RenderedPaths.kindConfig(lab.cluster()));
        model.put("calicoVersion", lab.calico().version());
        model.put("hasManifests", !ManifestsOutput.files(lab).isEmpty());
        model.put("pings", lab.checks().stream().filter(PingCheck.class::isInstance).map(c -> pingRow((PingCheck) c)).toList());
        model.put("mtus", mtuText(lab));
        lab.tor().ifPresent(tor -> {
            model.put("tor", tor);
            model.put("vlans", vlans(tor));
            model.put("nodes", nodes(lab, tor));
            model.put("torSummary", torSummary(tor));
            model.put("peering", peeringText(lab, tor));
            model.put("advertised", advertisedText(lab, tor));
            model.put("imageNote", tor.platform().imageNote(tor.image()));
            model.put("torCli", torCli(lab, tor));
        });
        lab.network().ifPresent(network -> {
            model.put("network", network);
            model.put("nodes", flatNodes(lab));
            model.put("peering", meshText(lab));
        });
        return List.of(new RenderedFile(RenderedPaths.README, catalog.render(TEMPLATE, model)));
    }

    /** How the nodes of a lab without a ToR exchange routes. */
    static String meshText(Lab lab) {
        return lab.calico().nodeToNodeMesh()
                ? "every node peers with every other node over iBGP (Calico's node-to-node mesh)"
                : "the node-to-node mesh is off, so no node runs a BGP session";
    }

    static List<FlatNodeRow> flatNodes(Lab lab) {
        return lab.cluster().nodes().stream().map(n -> new FlatNodeRow(n.name(), n.role(), n.ipCidr(),
                n.blocks().isEmpty() ? "-" : n.blocks().stream().map(b -> b.cidr()).collect(Collectors.joining(", ")))).toList();
    }

    /** The ToR in brackets after its name: "ceos, AS 65010, route reflector" or "linux, kernel routing only". */
    static String torSummary(Tor tor) {
        if (!tor.runsBgp()) {
            return tor.platform().id() + (tor.platform().runsBgp() ? ", routing only, no BGP" : ", kernel routing only, no BGP");
        }
        return tor.platform().id() + ", AS " + tor.asn() + ", " + roleText(tor);
    }

    static String roleText(Tor tor) {
        if (tor.routeReflector()) {
            return "route reflector";
        }
        return tor.ibgp() ? "iBGP peer" : "eBGP peer";
    }

    /** Which nodes open a BGP session to the ToR, and over which kind of BGP. */
    static String peeringText(Lab lab, Tor tor) {
        if (!tor.runsBgp()) {
            return "the ToR runs no BGP, so no node peers with it";
        }
        List<String> peering = lab.cluster().nodes().stream().filter(n -> !n.bgpPeers().isEmpty()).map(Node::name).toList();
        String bgp = tor.ibgp() ? "iBGP" : "eBGP";
        if (peering.isEmpty()) {
            return "no node peers with the ToR";
        }
        if (peering.size() == lab.cluster().nodes().size()) {
            return "every node peers with the ToR over " + bgp;
        }
        return String.join(", ", peering) + (peering.size() == 1 ? " peers" : " peer") + " with the ToR over " + bgp
                + " (the other nodes do not)";
    }

    /** What the peering nodes announce: exported pools' blocks and the LoadBalancer ranges. */
    static String advertisedText(Lab lab, Tor tor) {
        if (!tor.runsBgp()) {
            return "it routes only between its VLAN subnets and learns no pod routes";
        }
        List<String> exported = lab.calico().pools().stream().filter(Pool::bgpExport).map(Pool::cidr).toList();
        List<String> parts = new ArrayList<>();
        if (!exported.isEmpty()) {
            parts.add("they advertise their pod blocks from " + String.join(", ", exported));
        }
        if (!lab.calico().loadBalancerIPs().isEmpty()) {
            parts.add((parts.isEmpty() ? "they advertise " : "and ") + "the LoadBalancer range "
                    + String.join(", ", lab.calico().loadBalancerIPs()));
        }
        if (parts.isEmpty()) {
            return "no pool is exported, so the ToR learns no pod routes";
        }
        if (exported.isEmpty()) {
            parts.add("(pod pools are not exported)");
        }
        return String.join(" ", parts);
    }

    /** The command that opens the ToR's CLI in its container. */
    static String torCli(Lab lab, Tor tor) {
        return "docker exec -it clab-" + lab.name() + "-" + tor.name() + " " + tor.platform().cli();
    }

    static List<FileRow> files(Lab lab) {
        List<FileRow> rows = new ArrayList<>();
        lab.tor().ifPresentOrElse(tor -> {
            rows.add(new FileRow(RenderedPaths.TOPOLOGY, "containerlab topology: ToR, kind cluster, node links and addresses"));
            rows.add(new FileRow(RenderedPaths.kindConfig(lab.cluster()), "kind cluster config (no default CNI, node IPs and labels)"));
            for (ConfigFile f : tor.platform().files(tor)) {
                rows.add(new FileRow(RenderedPaths.startupFile(f), tor.name() + " configuration"));
            }
        }, () -> {
            rows.add(new FileRow(RenderedPaths.TOPOLOGY, "containerlab topology: the kind cluster"));
            rows.add(new FileRow(RenderedPaths.kindConfig(lab.cluster()), "kind cluster config (no default CNI)"));
        });
        rows.add(new FileRow(RenderedPaths.CUSTOM_RESOURCES, "Calico operator Installation and APIServer"));
        if (CalicoOutput.needsBgpConfiguration(lab)) {
            rows.add(new FileRow(RenderedPaths.BGP_CONFIGURATION, "Calico BGPConfiguration"));
        }
        lab.calico().peers().forEach(p -> rows.add(new FileRow(RenderedPaths.bgpPeer(p), "Calico BGPPeer " + p.name())));
        lab.calico().reservations().forEach(r -> rows.add(new FileRow(RenderedPaths.ipReservation(r),
                "Calico IPReservation " + r.name())));
        if (!lab.calico().loadBalancerPools().isEmpty()) {
            rows.add(new FileRow(RenderedPaths.LB_IPPOOL, "Calico IP pool for LoadBalancer services"));
        }
        for (Workload w : lab.workloads()) {
            if (ManifestsOutput.isLoadBalancer(w)) {
                rows.add(new FileRow(RenderedPaths.service(w.service()), "LoadBalancer service " + w.service().name()));
            }
        }
        for (Workload w : lab.workloads()) {
            rows.add(new FileRow(RenderedPaths.workload(w), "test workload " + w.name() + " (" + w.kind() + ")"));
        }
        rows.add(new FileRow(RenderedPaths.PLAN, "labforge plan: IPAM blocks, pods and the checks `lab verify` runs"));
        return List.copyOf(rows);
    }

    static PingRow pingRow(PingCheck p) {
        String packet = p.size() == null ? "default" : p.size() + " bytes";
        if (p.dontFragment()) {
            packet += ", don't fragment";
        }
        return new PingRow(p.from(), p.to(), packet, p.expected());
    }

    /**
     * The lab's MTUs in one sentence: the VLANs' (SVIs and ports), the nodes' eth1 and the pods', saying where
     * the pods' comes from (calico.mtu, or Calico's detection). Without a ToR: the nodes' eth0 and the pods'.
     */
    static String mtuText(Lab lab) {
        Map<Integer, List<String>> vlans = new java.util.TreeMap<>();
        lab.tor().ifPresent(tor -> tor.vlans()
                .forEach(v -> vlans.computeIfAbsent(v.mtu(), k -> new ArrayList<>()).add(String.valueOf(v.id()))));
        List<String> parts = new ArrayList<>();
        vlans.forEach((mtu, ids) -> parts.add((ids.size() == 1 ? "VLAN " : "VLANs ") + String.join(", ", ids) + " at " + mtu));
        java.util.Set<Integer> links = new java.util.TreeSet<>();
        java.util.Set<Integer> pods = new java.util.TreeSet<>();
        lab.cluster().nodes().forEach(n -> {
            links.add(n.mtu());
            pods.add(n.podMtu());
        });
        String how = lab.calico().mtu() != null ? "calico.mtu"
                : "Calico's detection: the smallest host interface, kind's eth0 at 1500 among them, minus the encapsulation";
        String vlanText = parts.isEmpty() ? "" : String.join(", ", parts) + " (SVIs and ports); ";
        return vlanText + "nodes' " + (lab.tor().isPresent() ? "eth1" : "eth0") + " at "
                + links.stream().map(String::valueOf).collect(Collectors.joining("/")) + "; pods at "
                + pods.stream().map(String::valueOf).collect(Collectors.joining("/")) + " (" + how + ")";
    }

    static List<VlanRow> vlans(Tor tor) {
        List<VlanRow> rows = new ArrayList<>();
        for (Vlan v : tor.vlans()) {
            String ports = tor.ports().stream().filter(p -> p.vlan() == v.id()).map(TorPort::routerInterface)
                    .collect(Collectors.joining(", "));
            rows.add(new VlanRow(v.id(), v.name(), v.subnet(), v.gateway(), ports.isEmpty() ? "-" : ports));
        }
        return List.copyOf(rows);
    }

    static List<NodeRow> nodes(Lab lab, Tor tor) {
        List<NodeRow> rows = new ArrayList<>();
        for (Node n : lab.cluster().nodes()) {
            String port = tor.ports().stream().filter(p -> p.node().equals(n.name())).map(TorPort::routerInterface)
                    .findFirst().orElse("-");
            String block = n.blocks().isEmpty() ? "-" : n.blocks().get(0).cidr();
            String peers = n.bgpPeers().isEmpty() ? "-" : String.join(", ", n.bgpPeers());
            rows.add(new NodeRow(n.name(), n.role(), n.vlan(), n.ipCidr(), n.gateway(), port, block, peers));
        }
        return List.copyOf(rows);
    }
}
