package dev.labforge.runtime.clab;

import dev.labforge.runtime.clab.KubeClusterApi.Condition;
import dev.labforge.runtime.clab.KubeClusterApi.PodInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Kubernetes waits of a clab deploy look at: null when ready, else what is still pending. Pure. */
final class KubeReadiness {
    private KubeReadiness() {
    }

    static String tigeraPending(KubeClusterApi kube) {
        List<String> pending = new ArrayList<>();
        for (String name : List.of("calico", "apiserver")) {
            Optional<List<Condition>> conditions = kube.tigeraStatusConditions(name);
            if (conditions.isEmpty()) {
                pending.add(name + ": not created yet");
                continue;
            }
            Optional<Condition> available = conditions.get().stream().filter(c -> c.type().equals("Available")).findFirst();
            if (available.map(Condition::isTrue).orElse(false)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(name).append(": Available=").append(available.map(Condition::status).orElse("unknown"));
            conditions.get().stream().filter(c -> c.isTrue() && !c.type().equals("Available"))
                    .forEach(c -> sb.append(", ").append(c.type()).append(c.message().isBlank() ? "" : " (" + c.message() + ")"));
            pending.add(sb.toString());
        }
        return pending.isEmpty() ? null : String.join("; ", pending);
    }

    static String nodesPending(Map<String, Boolean> ready, List<String> expected) {
        List<String> missing = expected.stream().filter(n -> !ready.containsKey(n)).toList();
        List<String> notReady = expected.stream().filter(n -> Boolean.FALSE.equals(ready.get(n))).toList();
        if (missing.isEmpty() && notReady.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!notReady.isEmpty()) {
            parts.add("not Ready: " + String.join(", ", notReady));
        }
        if (!missing.isEmpty()) {
            parts.add("not registered: " + String.join(", ", missing));
        }
        return String.join("; ", parts);
    }

    static String podsPending(List<PodInfo> pods, String selector, int expected) {
        long ready = pods.stream().filter(PodInfo::ready).count();
        if (ready >= expected) {
            return null;
        }
        String notReady = pods.stream().filter(p -> !p.ready())
                .map(p -> p.name() + " on " + p.node() + " (" + p.phase() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        return selector + ": " + ready + "/" + expected + " Ready" + (notReady.isEmpty() ? "" : "; waiting: " + notReady);
    }

    static String abbreviate(List<String> items) {
        return items.size() <= 5 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 5)) + " and " + (items.size() - 5) + " more";
    }
}
