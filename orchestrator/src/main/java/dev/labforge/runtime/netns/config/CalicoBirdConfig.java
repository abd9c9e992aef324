package dev.labforge.runtime.netns.config;

import dev.labforge.net.Cidr;
import dev.labforge.net.Ipv4;
import java.util.List;

/**
 * Renders bird.conf for one node the way calico-node's confd renders it from the Calico resources
 * (Calico v3.30 templates bird.cfg, bird_aggr.cfg and bird_ipam.cfg, folded into one file; REFERENCE.md section 4),
 * for the upstream BIRD 1.6 that the netns runtime runs.
 *
 * <p>Deliberate differences from confd, each marked in the output: shorter connect timers (faster convergence, DESIGN.md 3.1),
 * no Calico-fork attributes ({@code krt_tunnel}: upstream BIRD rejects them, so IPIP pools are refused).
 */
public final class CalicoBirdConfig {
    /** Nodes with this label set to "true" do not advertise service CIDRs (Calico routes.go). */
    static final String EXCLUDE_FROM_LB_LABEL = "node.kubernetes.io/exclude-from-external-load-balancers";

    private CalicoBirdConfig() {
    }

    /**
     * bird.conf for BIRD 1.6 as calico-node's confd would render it for this node.
     *
     * @param allNodes every Calico node of the cluster (this one included), for the node-to-node mesh
     * @throws NetnsConfigException for input the emulation cannot reproduce (IPIP pools, bad addresses)
     */
    public static String render(CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes) {
        return render(calico, node, allNodes, node.ip(), false);
    }

    /**
     * bird6.conf as confd renders it for calico-node's BIRD6: the same file over the IPv6 resources (pass
     * {@code calico.family(IPV6)}), the nodes' IPv6 addresses and blocks, and the node's IPv4 address as router id
     * (BGP router ids are 32 bits in both daemons).
     */
    public static String render6(CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes, String routerId) {
        if (!Ipv4.isValid(routerId)) {
            throw new NetnsConfigException("node " + node.name() + ": router id '" + routerId + "' is not an IPv4 address");
        }
        return render(calico, node, allNodes, routerId, true);
    }

    private static String render(CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes, String routerId, boolean v6) {
        check(calico, node, allNodes, v6);
        String ip = routerId;
        boolean advertiseServices = !"true".equals(node.labels().get(EXCLUDE_FROM_LB_LABEL));
        // Service CIDRs become static blackholes on every node and are kept out of the kernel (/staticroutes, /rejectcidrs).
        List<String> serviceCidrs = advertiseServices
                ? calico.serviceLoadBalancerIPs().stream().filter(CalicoBirdConfig::wider).toList()
                : List.of();

        StringBuilder b = new StringBuilder();
        b.append(v6 ? "# BIRD6 1.6 configuration of Calico node " : "# BIRD 1.6 configuration of Calico node ").append(node.name())
                .append(", rendered by labforge the way\n")
                .append(v6 ? "# calico-node's confd renders bird6.cfg, bird6_aggr.cfg and bird6_ipam.cfg (Calico v3.30).\n\n"
                        : "# calico-node's confd renders bird.cfg, bird_aggr.cfg and bird_ipam.cfg (Calico v3.30).\n\n")
                .append("router id ").append(ip).append(";\n\n");

        appendCommunities(b, calico);
        appendDisabledPools(b, calico);
        b.append("""
                # Felix programs tunnel routes; they are never re-advertised to iBGP peers.
                function reject_tunnel_routes ()
                {
                  if (defined(ifname)) then {
                    if ((ifname ~ "*.cali") || (ifname ~ "*.calico")) then { reject; }
                  }
                }

                """);
        appendAggregation(b, node);
        appendExportFilter(b, calico, serviceCidrs);
        appendKernelFilter(b, calico, serviceCidrs);
        appendStatic(b, calico, node, serviceCidrs);
        b.append("""
                # Kernel routing table sync: learn alien routes (the pods' /32s), program BGP routes.
                protocol kernel {
                  learn;
                  persist;
                  scan time 2;
                  import all;
                  export filter calico_kernel_programming;
                  graceful restart;
                  merge paths on;
                }

                protocol device {
                  scan time 2;
                }

                protocol direct {
                  debug { states };
                  interface -"cali*", -"kube-ipvs*", "*";
                }

                """);
        b.append("template bgp bgp_template {\n")
                .append("  debug { states };\n")
                .append("  description \"Connection to BGP peer\";\n")
                .append("  local as ").append(calico.asNumber()).append(";\n")
                .append("  gateway recursive;\n")
                .append("  add paths on;\n")
                .append("  graceful restart;\n")
                .append("  # labforge: confd uses connect delay 2 / retry 5; shorter timers let the netns lab converge in about 1 s.\n")
                .append("  connect delay time 1;\n")
                .append("  connect retry time 2;\n")
                .append("  error wait time 5,30;\n")
                .append("}\n\n");

        BirdSessions.appendMesh(b, calico, node, allNodes);
        BirdSessions.appendPeers(b, calico, node, allNodes);
        return b.toString();
    }

    private static void check(CalicoResources calico, NodeFacts node, List<NodeFacts> allNodes, boolean v6) {
        java.util.function.Predicate<String> valid = v6 ? a -> a != null && a.indexOf(':') >= 0 && dev.labforge.net.Ip.isValid(a)
                : Ipv4::isValid;
        String family = v6 ? "IPv6" : "IPv4";
        if (!valid.test(node.ip())) {
            throw new NetnsConfigException("node " + node.name() + ": '" + node.ip() + "' is not an " + family + " address");
        }
        for (String block : node.blocks()) {
            try {
                Cidr.parse(block);
            } catch (IllegalArgumentException e) {
                throw new NetnsConfigException("node " + node.name() + ": IPAM block " + e.getMessage(), e);
            }
        }
        for (NodeFacts other : allNodes) {
            if (!valid.test(other.ip())) {
                throw new NetnsConfigException("node " + other.name() + ": '" + other.ip() + "' is not an " + family + " address");
            }
        }
        for (PoolDef pool : calico.pools()) {
            if (pool.ipip()) {
                throw new NetnsConfigException("IP pool " + pool.name() + " uses IPIP (ipipMode " + pool.ipipMode()
                        + "): IPIP is not emulated by the netns runtime (it needs the krt_tunnel attribute of Calico's BIRD"
                        + " fork, which upstream BIRD 1.6 rejects). Use encapsulation None or VXLAN, or --runtime clab");
            }
        }
    }

    private static void appendCommunities(StringBuilder b, CalicoResources calico) {
        b.append("# Communities from BGPConfiguration prefixAdvertisements: they tag routes, they originate nothing.\n")
                .append("function apply_communities ()\n{\n");
        for (PrefixAdvertisement ad : calico.prefixAdvertisements()) {
            b.append("  if ( net ~ ").append(ad.cidr()).append(" ) then {\n");
            for (String c : ad.communities()) {
                String[] parts = c.split(":");
                if (parts.length == 2) {
                    b.append("    bgp_community.add((").append(parts[0]).append(", ").append(parts[1]).append("));\n");
                } else {
                    b.append("    bgp_large_community.add((").append(parts[0]).append(", ").append(parts[1]).append(", ")
                            .append(parts[2]).append("));\n");
                }
            }
            b.append("  }\n");
        }
        b.append("}\n\n");
    }

    private static void appendDisabledPools(StringBuilder b, CalicoResources calico) {
        b.append("# Pools with disableBGPExport: nothing inside them leaves this node.\n")
                .append("function reject_disabled_pools ()\n{\n");
        for (PoolDef pool : calico.pools()) {
            if (pool.disableBGPExport()) {
                b.append("  if ( net ~ ").append(pool.cidr()).append(" ) then { reject; }\n");
            }
        }
        b.append("}\n\n");
    }

    private static void appendAggregation(StringBuilder b, NodeFacts node) {
        b.append("# This node's IPAM blocks: export the block itself, never the pod routes inside it.\n")
                .append("function calico_aggr ()\n{\n");
        for (String block : node.blocks()) {
            b.append("  if ( net = ").append(block).append(" ) then { accept; }\n");
            b.append("  if ( net ~ ").append(block).append(" ) then { reject; }\n");
        }
        b.append("}\n\n");
    }

    private static void appendExportFilter(StringBuilder b, CalicoResources calico, List<String> serviceCidrs) {
        b.append("function calico_export_to_bgp_peers (bool internal_peer)\n{\n")
                .append("  reject_disabled_pools();\n")
                .append("  if (internal_peer) then {\n    reject_tunnel_routes();\n  }\n")
                .append("  apply_communities();\n")
                .append("  calico_aggr();\n");
        if (!serviceCidrs.isEmpty()) {
            b.append("  # Service CIDRs (serviceLoadBalancerIPs), advertised from every node.\n");
            for (String cidr : serviceCidrs) {
                b.append("  if ( net ~ ").append(cidr).append(" ) then { accept; }\n");
            }
        }
        for (PoolDef pool : calico.pools()) {
            if (pool.disableBGPExport()) {
                b.append("  # ").append(pool.cidr()).append(" is not exported (disableBGPExport)\n");
            } else {
                b.append("  if ( net ~ ").append(pool.cidr()).append(" ) then { accept; }\n");
            }
        }
        b.append("}\n\n");
    }

    private static void appendKernelFilter(StringBuilder b, CalicoResources calico, List<String> serviceCidrs) {
        b.append("filter calico_kernel_programming\n{\n");
        if (!serviceCidrs.isEmpty()) {
            b.append("  # Service CIDRs: learned routes inside them never reach the kernel.\n");
            for (String cidr : serviceCidrs) {
                b.append("  if ( net ~ ").append(cidr).append(" ) then { reject; }\n");
            }
        }
        for (PoolDef pool : calico.pools()) {
            if (pool.vxlan()) {
                b.append("  # VXLAN pool: Felix programs these routes, not BIRD.\n");
                b.append("  if ( net ~ ").append(pool.cidr()).append(" ) then { reject; }\n");
            } else {
                // confd also sets krt_tunnel here; upstream BIRD has no such attribute and without IPIP it is always "".
                b.append("  if ( net ~ ").append(pool.cidr()).append(" ) then { accept; }\n");
            }
        }
        b.append("  accept;\n}\n\n");
    }

    private static void appendStatic(StringBuilder b, CalicoResources calico, NodeFacts node, List<String> serviceCidrs) {
        for (String cidr : calico.serviceLoadBalancerIPs()) {
            if (Cidr.parse(cidr).prefixLength() == Cidr.parse(cidr).family().bits()) {
                // confd advertises a single-address range only for a service that holds it; no services here.
                b.append("# ").append(cidr).append(": single-address service ranges are advertised per service (not emulated)\n");
            }
        }
        List<String> blocks = node.blocks().stream().filter(CalicoBirdConfig::wider).toList();
        if (blocks.isEmpty() && serviceCidrs.isEmpty()) {
            b.append("# No IPAM blocks or service CIDRs on this node.\n\n");
            return;
        }
        b.append("protocol static {\n");
        if (!blocks.isEmpty()) {
            b.append("  # IPAM blocks of this node.\n");
            blocks.forEach(c -> b.append("  route ").append(c).append(" blackhole;\n"));
        }
        if (!serviceCidrs.isEmpty()) {
            b.append("  # Service CIDRs.\n");
            serviceCidrs.forEach(c -> b.append("  route ").append(c).append(" blackhole;\n"));
        }
        b.append("}\n\n");
    }

    /** Wider than one address (a /32, IPv6 /128, is a single address). */
    private static boolean wider(String cidr) {
        Cidr c = Cidr.parse(cidr);
        return c.prefixLength() < c.family().bits();
    }
}
