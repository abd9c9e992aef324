package dev.labforge.report.merge;

import dev.labforge.report.Report;
import dev.labforge.report.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The labs of several shards' report folders, one row each in a stable order, and what was wrong
 * with any input folder (named, never fatal: a missing shard must not hide the others' results).
 *
 * @param labs     one per lab and runtime, sorted by lab folder, then runtime
 * @param problems what could not be read, and where
 * @param inputs   the report folders as given
 */
public record MergedReport(List<Lab> labs, List<Problem> problems, List<Path> inputs) {

    public MergedReport {
        labs = List.copyOf(labs);
        problems = List.copyOf(problems);
        inputs = List.copyOf(inputs);
    }

    /**
     * One lab's run as a shard wrote it: {@code <input>/<folder>/report.json} and, when the lab
     * failed, {@code <input>/<folder>/failure-bundle/} ({@code bundle}, else null).
     */
    public record Lab(String folder, Path input, Report report, Path bundle) {
        public Lab {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(report, "report");
        }

        /** "netns/10-calico-bgp-ippool", or the folder alone when the run stopped before a runtime was chosen. */
        public String id() {
            return report.runtime().isEmpty() ? folder : report.runtime() + "/" + folder;
        }

        /** Where the bundle is copied to, relative to the merged folder (always with '/'); null without one. */
        public String bundleLink() {
            return bundle == null ? null : "bundles/" + id() + "/";
        }
    }

    /** An input folder, or a file in it, that could not be merged, and why. */
    public record Problem(Path input, String what) {
        @Override
        public String toString() {
            return input + ": " + what;
        }
    }

    public long count(Verdict verdict) {
        return labs.stream().filter(l -> l.report().verdict() == verdict).count();
    }
}
