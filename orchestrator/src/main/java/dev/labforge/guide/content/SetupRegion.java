package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;

/** {@code setup}: how to bring the lab up and down on the guide's runtime, and what that runtime is. */
final class SetupRegion implements RegionType {

    @Override
    public String type() {
        return "setup";
    }

    @Override
    public String usage() {
        return "setup|bringing the lab up and down";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        StudentView v = ctx.view();
        String lab = ctx.labPath();
        StringBuilder sb = new StringBuilder("From the repository root:\n\n").append(Md.code("bash", v.up(lab))).append('\n');
        sb.append("`lab up` renders the lab into ").append(Md.c(lab + "/out/")).append(", builds it, and returns once ")
                .append(ctx.hasBgp() ? "every BGP session is up and " : "").append("every check of the lab passes.");
        if (v.runtime().equals("netns")) {
            sb.append(" On the netns runtime the lab is made of network namespaces on this machine (run as root):");
            if (ctx.hasTor()) {
                sb.append(" the ToR ").append(Md.c(ctx.torName()));
                var platform = ctx.torModel().platform();
                sb.append(platform.runsBgp() ? " runs FRR configured from its " + platform.configDescription() + ","
                        : " routes with the kernel only,");
            } else {
                sb.append(" the flat network is a bridge in a namespace of its own (no address of this machine's),");
            }
            sb.append(" each kind node is a namespace running BIRD configured the way calico-node configures it, and each"
                    + " pod is a namespace wired the way Calico wires one" + (ctx.hasOverlay()
                            ? "; each node's `vxlan.calico` device, its neighbours and forwarding entries are programmed as Felix"
                                    + " programs them" : "") + ". There is no Kubernetes API on this runtime: where"
                    + " you would ask `kubectl`, this guide shows labforge's equivalent and says so.");
        } else {
            sb.append(ctx.hasTor() ? " On the clab runtime containerlab runs the ToR and a kind cluster, and labforge installs Calico."
                    : " On the clab runtime containerlab runs the kind cluster, and labforge installs Calico."
                    + " Point kubectl at the cluster:\n\n")
                    .append(Md.code("bash", "export KUBECONFIG=$PWD/" + lab + "/out/" + ctx.model().cluster().name() + ".kubeconfig"));
        }
        sb.append("\n\nWhen you are done:\n\n").append(Md.code("bash", v.down(lab)));
        return sb.toString();
    }
}
