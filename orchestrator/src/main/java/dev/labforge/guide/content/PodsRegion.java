package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import dev.labforge.runtime.LabInventory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pods}: the pods of the running lab and their addresses, as `lab status` reports them (captured, not
 * planned): labforge's equivalent of {@code kubectl get pods -o wide}.
 */
final class PodsRegion implements RegionType {

    @Override
    public String type() {
        return "pods";
    }

    @Override
    public String usage() {
        return "pods|pod addresses, as `lab status` sees them";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
    }

    @Override
    public List<CaptureRequest> needs(RegionId id, GuideContext ctx) {
        return List.of(new CaptureRequest.Status());
    }

    @Override
    public boolean captured() {
        return true;
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        LabInventory inv = captures.requireStatus();
        List<List<String>> rows = new ArrayList<>();
        for (LabInventory.Member m : inv.members()) {
            if (m.kind().equals("pod")) {
                rows.add(List.of(m.name(), m.state(), String.join(", ", m.addresses() == null ? List.of() : m.addresses())));
            }
        }
        String lead = ctx.view().kubectl(ctx, List.of()).isEmpty()
                ? "Without Kubernetes there is no `kubectl get pods -o wide`; `lab status` lists the pods the runtime made and the"
                        + " address each one has now:"
                : "`lab status` lists the pods and the address each one has now (as `kubectl get pods -o wide` does):";
        return lead + "\n\n" + Md.code("bash", "./lab status " + ctx.labPath()) + "\n"
                + Md.table(List.of("Pod (" + inv.runtime() + ")", "State", "Address"), rows);
    }
}
