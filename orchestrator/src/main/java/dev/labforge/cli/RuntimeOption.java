package dev.labforge.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** `--runtime netns|clab|auto`; without it, the LAB_RUNTIME environment variable, then auto. */
final class RuntimeOption {
    static final List<String> RUNTIMES = List.of("netns", "clab", "auto");

    @Option(names = "--runtime", paramLabel = "<runtime>",
            description = "netns (embedded: FRR + BIRD in network namespaces), clab (containerlab + kind) or auto "
                    + "(clab when Docker and containerlab work, else netns). Default: $LAB_RUNTIME, then auto.")
    String runtime;

    /** The runtime to use, checked; a usage error names the valid ones. */
    String resolve(CommandSpec spec, Map<String, String> env) {
        String from = "--runtime";
        String value = runtime;
        if (value == null) {
            value = env.get("LAB_RUNTIME");
            from = "LAB_RUNTIME";
        }
        if (value == null || value.isBlank()) {
            return "auto";
        }
        if (!RUNTIMES.contains(value)) {
            throw new ParameterException(spec.commandLine(), "unknown runtime '" + value + "' (from " + from
                    + "); valid: " + String.join(", ", RUNTIMES));
        }
        return value;
    }
}
