package dev.labforge.runtime.clab;

import dev.labforge.wait.Durations;
import java.util.List;

/** Prints a deploy plan as numbered lines grouped by phase, the way `--dry-run` shows it. */
public final class PlanFormatter {
    private PlanFormatter() {
    }

    public static String format(String lab, String renderedDir, List<PlannedStep> steps) {
        StringBuilder sb = new StringBuilder();
        sb.append("Deploy plan for lab ").append(lab).append(" (runtime clab); nothing has been run.\n");
        sb.append("Commands run in the rendered folder ").append(renderedDir).append('\n');
        String phase = null;
        int width = String.valueOf(steps.size()).length();
        for (int i = 0; i < steps.size(); i++) {
            PlannedStep s = steps.get(i);
            if (!s.phase().equals(phase)) {
                phase = s.phase();
                sb.append('\n').append(phase).append(" (deadline ").append(Durations.flag(s.deadline())).append(")\n");
            }
            String n = String.valueOf(i + 1);
            sb.append("  ").append(" ".repeat(width - n.length())).append(n).append(". ").append(s.action()).append('\n');
        }
        return sb.toString();
    }
}
