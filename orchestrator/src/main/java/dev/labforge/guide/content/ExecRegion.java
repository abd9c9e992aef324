package dev.labforge.guide.content;

import dev.labforge.guide.doc.RegionId;
import java.util.List;

/**
 * {@code exec <target> -- <command>}: the command as the student types it on the guide's runtime, and its
 * output captured from the running lab through the runtime's exec (never written by hand).
 */
final class ExecRegion implements RegionType {

    @Override
    public String type() {
        return RegionId.EXEC;
    }

    @Override
    public String usage() {
        return "exec <target> -- <command>|a command and its captured output";
    }

    @Override
    public void validate(RegionId id, GuideContext ctx) {
        String target = id.execTarget();
        if (ctx.kindOf(target) == null) {
            throw new IllegalArgumentException("unknown exec target `" + target + "`; this lab has: "
                    + String.join(", ", ctx.targets()));
        }
    }

    @Override
    public List<CaptureRequest> needs(RegionId id, GuideContext ctx) {
        return List.of(request(id));
    }

    static CaptureRequest.Exec request(RegionId id) {
        return new CaptureRequest.Exec(id.execTarget(), id.execArgv());
    }

    @Override
    public String render(RegionId id, GuideContext ctx, Captures captures) {
        Capture c = captures.of(request(id));
        return Md.code("bash", ctx.view().typed(ctx, id.execTarget(), id.execArgv())) + "\n" + Md.code("text", c.shown());
    }

    @Override
    public boolean captured() {
        return true;
    }
}
