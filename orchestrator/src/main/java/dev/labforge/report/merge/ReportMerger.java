package dev.labforge.report.merge;

import dev.labforge.report.Report;
import dev.labforge.report.merge.MergedReport.Lab;
import dev.labforge.report.merge.MergedReport.Problem;
import dev.labforge.report.merge.ShardFolderReader.ShardFolder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Joins shard folders into one {@link MergedReport}. Pure. */
public final class ReportMerger {

    private ReportMerger() {
    }

    /**
     * Every lab once, sorted by folder then runtime. A lab (same folder and runtime) in two inputs
     * means overlapping shards or a folder given twice: the first is kept and the other named.
     */
    public static MergedReport merge(List<ShardFolder> folders) {
        Map<String, Lab> byId = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ShardFolder folder : folders) {
            problems.addAll(folder.problems());
            for (Lab lab : folder.labs()) {
                Lab first = byId.putIfAbsent(lab.id(), lab);
                if (first != null) {
                    problems.add(new Problem(lab.input(), "lab " + lab.id() + " is also in " + first.input()
                            + " (overlapping shards?): kept the one from " + first.input()));
                }
            }
        }
        List<Lab> labs = byId.values().stream()
                .sorted(Comparator.comparing(Lab::folder).thenComparing(l -> l.report().runtime())).toList();
        return new MergedReport(labs, problems, folders.stream().map(ShardFolder::dir).toList());
    }

    /**
     * The reports for the merged junit.xml. When the inputs hold more than one runtime, each suite is
     * named &lt;runtime&gt;.&lt;lab&gt; so that CI keeps the netns and clab runs of a lab apart.
     */
    public static List<Report> junitReports(MergedReport merged) {
        boolean severalRuntimes = merged.labs().stream().map(l -> l.report().runtime()).filter(r -> !r.isEmpty())
                .distinct().count() > 1;
        return merged.labs().stream().map(Lab::report).map(r -> !severalRuntimes || r.runtime().isEmpty() ? r
                : new Report(r.runtime() + "." + r.lab(), r.runtime(), r.verdict(), r.phases(), r.checks(), r.started(), r.total()))
                .toList();
    }
}
