package dev.labforge.guide.content;

import dev.labforge.guide.doc.Argv;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@link StudentView} of each runtime. */
public final class StudentViews {
    private StudentViews() {
    }

    public static final List<String> RUNTIMES = List.of("netns", "clab");

    public static StudentView of(String runtime) {
        return switch (runtime) {
            case "netns" -> new Netns();
            case "clab" -> new Clab();
            default -> throw new IllegalArgumentException("no guide view for runtime '" + runtime + "'; valid: "
                    + String.join(", ", RUNTIMES));
        };
    }

    /** Namespaces on this machine: every command goes through `./lab exec`; there is no Kubernetes API. */
    static final class Netns implements StudentView {
        @Override
        public String runtime() {
            return "netns";
        }

        @Override
        public String up(String lab) {
            return "./lab up " + lab + " --runtime netns";
        }

        @Override
        public String down(String lab) {
            return "./lab down " + lab;
        }

        @Override
        public String typed(GuideContext ctx, String target, List<String> argv) {
            return "./lab exec " + lab(ctx) + " " + Argv.quote(target) + " -- " + Argv.join(argv);
        }

        private static String lab(GuideContext ctx) {
            return Argv.quote(ctx.labPath());
        }

        @Override
        public Optional<Exec> kubectl(GuideContext ctx, List<String> args) {
            return Optional.empty();
        }

        @Override
        public Optional<List<String>> nodeBgpStatus() {
            return Optional.of(List.of("birdc", "show", "protocols"));
        }
    }

    /** containerlab + kind: docker exec into the ToR and node containers, kubectl for pods and resources. */
    static final class Clab implements StudentView {
        static final List<String> KUBECTL = List.of("kubectl", "--kubeconfig", "/etc/kubernetes/admin.conf");

        @Override
        public String runtime() {
            return "clab";
        }

        @Override
        public String up(String lab) {
            return "./lab up " + lab + " --runtime clab";
        }

        @Override
        public String down(String lab) {
            return "./lab down " + lab;
        }

        @Override
        public String typed(GuideContext ctx, String target, List<String> argv) {
            GuideContext.Kind kind = ctx.kindOf(target);
            if (kind == GuideContext.Kind.ROUTER) {
                return "docker exec " + Argv.quote("clab-" + ctx.model().name() + "-" + target) + " " + Argv.join(argv);
            }
            if (kind == GuideContext.Kind.NODE) {
                if (argv.size() > KUBECTL.size() && argv.subList(0, KUBECTL.size()).equals(KUBECTL)) {
                    return "kubectl " + Argv.join(argv.subList(KUBECTL.size(), argv.size()));
                }
                return "docker exec " + Argv.quote(target) + " " + Argv.join(argv);
            }
            var pod = ctx.pod(target);
            String name = pod == null ? target
                    : "$(kubectl get pod -l app=" + pod.workload() + " --field-selector spec.nodeName=" + pod.node() + " -o name)";
            return "kubectl exec " + name + " -- " + Argv.join(argv);
        }

        @Override
        public Optional<Exec> kubectl(GuideContext ctx, List<String> args) {
            List<String> argv = new ArrayList<>(KUBECTL);
            argv.addAll(args);
            return Optional.of(new Exec(ctx.model().cluster().controlPlane().name(), argv));
        }

        @Override
        public Optional<List<String>> nodeBgpStatus() {
            // calico-node's BIRD runs in its pod in calico-system, which exec does not reach.
            return Optional.empty();
        }
    }
}
