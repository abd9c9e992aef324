package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.net.Cidr;
import dev.labforge.spec.PoolSpec;
import dev.labforge.spec.VlanSpec;
import dev.labforge.spec.WorkloadSpec;
import java.util.List;

/** LoadBalancer CIDRs stay clear of pools, VLANs, the service subnet and each other; LB services need one. */
final class LoadBalancerRule implements Rule {

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        List<String> lbs = ctx.loadBalancerIPs();
        Cidr service = ctx.serviceSubnet();
        for (int i = 0; i < lbs.size(); i++) {
            Cidr lb = SpecValues.cidr(lbs.get(i));
            if (lb == null) {
                continue;
            }
            String p = "calico.loadBalancerIPs[" + i + "]";
            for (PoolSpec pool : ctx.pools()) {
                Cidr c = SpecValues.cidr(pool.cidr());
                if (c != null && c.overlaps(lb)) {
                    out.error("E-OVERLAP", p, ctx.at(p), "LoadBalancer range " + lb + " overlaps pool " + pool.name() + " (" + c + ")",
                            "use a range outside every IP pool, e.g. one in 172.16.0.0/12");
                }
            }
            for (VlanSpec v : ctx.vlans()) {
                Cidr s = SpecValues.cidr(v.subnet());
                if (s != null && s.overlaps(lb)) {
                    out.error("E-OVERLAP", p, ctx.at(p), "LoadBalancer range " + lb + " overlaps VLAN " + v.id() + "'s subnet " + s,
                            "use a range outside the VLAN subnets");
                }
            }
            if (service != null && service.overlaps(lb)) {
                out.error("E-OVERLAP", p, ctx.at(p), "LoadBalancer range " + lb + " overlaps the service subnet " + service,
                        "use a range outside cluster.serviceSubnet");
            }
            for (int j = 0; j < i; j++) {
                Cidr other = SpecValues.cidr(lbs.get(j));
                if (other != null && other.overlaps(lb)) {
                    out.error("E-OVERLAP", p, ctx.at(p), "LoadBalancer range " + lb + " overlaps LoadBalancer range " + other,
                            "list each range once");
                }
            }
        }
        List<WorkloadSpec> ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            WorkloadSpec w = ws.get(i);
            if (w.service() != null && "LoadBalancer".equals(w.service().type()) && lbs.isEmpty()) {
                String p = "workloads[" + i + "].service.type";
                out.warn("W-LB-NO-RANGE", p, ctx.at(p),
                        "service " + w.service().name() + " is a LoadBalancer but calico.loadBalancerIPs is empty",
                        "the service will never get an external address; add calico.loadBalancerIPs: [172.16.0.240/28]");
            }
        }
    }
}
