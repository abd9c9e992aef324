package dev.labforge.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides whether {@link E2E} tests run; see there. */
public final class E2ECondition implements ExecutionCondition {

    static final List<String> TOOLS = List.of("/usr/lib/frr/zebra", "/usr/lib/frr/bgpd", "/usr/bin/vtysh",
            "/usr/sbin/bird", "/usr/sbin/birdc", "/usr/sbin/ip", "/usr/bin/ping");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String mode = System.getProperty("labforge.e2e", "auto");
        if (mode.equals("true")) {
            return ConditionEvaluationResult.enabled("labforge.e2e=true");
        }
        if (mode.equals("false")) {
            return ConditionEvaluationResult.disabled("end-to-end test skipped: labforge.e2e=false");
        }
        List<String> missing = missing();
        return missing.isEmpty()
                ? ConditionEvaluationResult.enabled("root with FRR and BIRD installed")
                : ConditionEvaluationResult.disabled("end-to-end test skipped (needs root, frr, bird, iproute2, iputils-ping; "
                        + "missing: " + String.join(", ", missing) + "); run as root after "
                        + "`apt-get install -y frr bird iproute2 iputils-ping procps`, or force with -Dlabforge.e2e=true");
    }

    /** What keeps the end-to-end tests from running here; empty when nothing does. */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root");
        }
        for (String tool : TOOLS) {
            if (!Files.isExecutable(Path.of(tool))) {
                missing.add(tool);
            }
        }
        return missing;
    }
}
