package dev.labforge.resolve;

import dev.labforge.check.Check;
import dev.labforge.check.PodAddressCheck;
import dev.labforge.model.Lab;
import dev.labforge.model.Pod;
import dev.labforge.model.Workload;
import dev.labforge.net.Cidr;
import dev.labforge.spec.PodAddressExpectSpec;
import dev.labforge.spec.ExpectSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pod addresses: a Pod with a fixed address has exactly it; with IP reservations, every pod Calico IPAM
 * chose an address for has one outside every reserved range.
 */
final class PodAddressCheckRule implements CheckPass.Rule {

    @Override
    public List<Check> derive(Lab lab) {
        List<String> reserved = lab.calico().reservations().stream().flatMap(r -> r.cidrs().stream()).toList();
        List<Check> out = new ArrayList<>();
        for (Pod pod : lab.pods()) {
            Workload w = lab.workloads().stream().filter(x -> x.name().equals(pod.workload())).findFirst().orElseThrow();
            if (w.fixedIp() != null) {
                out.add(PodAddressCheck.fixed(pod.endpoint(), w.fixedIp(), true));
            } else if (!reserved.isEmpty() && w.placedOnNodes()) {
                out.add(PodAddressCheck.outside(pod.endpoint(), reserved, true));
            }
        }
        return out;
    }

    /** {@code expect.pod-address}: {@code ip}, else {@code outside} (normalised like the reservations' ranges). */
    @Override
    public List<Check> authored(ExpectSpec spec, Lab lab, Map<String, Check> derived) {
        List<Check> out = new ArrayList<>();
        for (PodAddressExpectSpec e : spec.entries(PodAddressExpectSpec.KEY, PodAddressExpectSpec.class)) {
            if (e.ip() != null) {
                out.add(PodAddressCheck.fixed(e.pod(), e.ip(), false));
            } else {
                List<String> ranges = e.outside() == null ? List.of() : e.outside().stream()
                        .map(c -> Cidr.parse(c.contains("/") ? c : c + "/32").toString()).toList();
                out.add(PodAddressCheck.outside(e.pod(), ranges, false));
            }
        }
        return out;
    }
}
