package dev.labforge.guide.content;

import dev.labforge.check.CommunityCheck;
import dev.labforge.guide.doc.RegionId;
import java.util.ArrayList;
import java.util.List;

/** {@code communities}: the communities the ToR must see on each exported block (the plan's community checks). */
final class CommunitiesRegion implements RegionType {

    @Override
    public String type() {
        return "communities";
    }

    @Override
    public String usage() {
        return "communities|the communities each exported block carries";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        Regions.noArgs(id);
        if (ctx.checks(CommunityCheck.class).isEmpty()) {
            throw new IllegalArgumentException("region `communities` needs community checks, and this lab has none"
                    + " (calico.prefixAdvertisements with communities over an exported pool)");
        }
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        List<List<String>> rows = new ArrayList<>();
        for (CommunityCheck c : ctx.checks(CommunityCheck.class)) {
            rows.add(List.of(Md.c(c.prefix()), c.node() == null ? "" : c.node(), c.on(), Md.c(String.join(", ", c.communities()))));
        }
        return "The `Community:` line is the tag of the BGPConfiguration's prefixAdvertisements. The lab's checks expect it on"
                + " every exported block:\n\n" + Md.table(List.of("Block", "From", "Seen on", "Communities"), rows);
    }
}
