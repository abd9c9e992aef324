package dev.labforge.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether `lab up` installs what a runtime's preflight found missing, and with which commands. Pure: the
 * machine's facts come in as {@link Machine} (read by {@link Machine#read}), the commands go out as argv.
 * It installs only on Debian or Ubuntu, only as root, and never with {@code LAB_NO_INSTALL=1}; otherwise it
 * says why not and what to run.
 */
public final class MissingPackages {
    /** The variable that turns installing off. */
    public static final String OPT_OUT = "LAB_NO_INSTALL";

    private MissingPackages() {
    }

    /** What the machine is: root, its os-release ids, whether apt has package lists, whether the user opted out. */
    public record Machine(boolean root, String osId, String osIdLike, boolean aptListsPresent, boolean optedOut) {

        boolean debianLike() {
            String ids = (osId + " " + osIdLike).toLowerCase(Locale.ROOT);
            return ids.matches(".*\\b(debian|ubuntu)\\b.*");
        }

        /** Reads /etc/os-release's ID and ID_LIKE and whether /var/lib/apt/lists holds any package list. */
        public static Machine read(boolean root, Map<String, String> env, Path osRelease, Path aptLists) {
            String id = "";
            String like = "";
            try {
                for (String line : Files.readAllLines(osRelease)) {
                    if (line.startsWith("ID=")) {
                        id = unquote(line.substring(3));
                    } else if (line.startsWith("ID_LIKE=")) {
                        like = unquote(line.substring(8));
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // No os-release: not a distribution we know how to install on.
            }
            boolean lists;
            try (Stream<Path> s = Files.list(aptLists)) {
                lists = s.anyMatch(p -> p.getFileName().toString().contains("_Packages"));
            } catch (IOException | RuntimeException none) {
                lists = false;
            }
            return new Machine(root, id, like, lists, "1".equals(env.get(OPT_OUT)));
        }

        private static String unquote(String v) {
            return v.strip().replaceAll("^[\"']|[\"']$", "");
        }
    }

    /** What to do about the missing packages. */
    public sealed interface Decision {
    }

    /** Nothing the checks that failed name can be installed. */
    public record Nothing() implements Decision {
    }

    /** Run these commands, in order (refresh the package lists when there are none, then install). */
    public record Install(List<String> packages, List<List<String>> commands) implements Decision {
    }

    /** Do not install: why, with the command to run by hand. */
    public record Refuse(List<String> packages, String why) implements Decision {
    }

    public static Decision decide(List<PreflightCheck> failed, Machine machine) {
        Set<String> wanted = new LinkedHashSet<>();
        failed.forEach(c -> wanted.addAll(c.packages()));
        List<String> packages = List.copyOf(wanted);
        if (packages.isEmpty()) {
            return new Nothing();
        }
        String command = aptGetInstall(packages);
        if (machine.optedOut()) {
            return new Refuse(packages, OPT_OUT + "=1 is set, so nothing is installed; install them with: " + command);
        }
        if (!machine.debianLike()) {
            return new Refuse(packages, "labforge installs packages only on Debian or Ubuntu (this is "
                    + (machine.osId().isEmpty() ? "an unknown system" : machine.osId()) + "); install " + String.join(", ", packages)
                    + " with this system's package manager (on Debian/Ubuntu: " + command + ")");
        }
        if (!machine.root()) {
            return new Refuse(packages, "labforge installs them only when run as root; run: sudo " + command
                    + ", or run lab as root");
        }
        List<List<String>> commands = new ArrayList<>();
        if (!machine.aptListsPresent()) {
            commands.add(List.of("apt-get", "update", "-q"));
        }
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
        install.addAll(packages);
        commands.add(List.copyOf(install));
        return new Install(packages, List.copyOf(commands));
    }

    /** The command a person runs: {@code apt-get install -y frr bird}. */
    public static String aptGetInstall(List<String> packages) {
        return "apt-get install -y " + String.join(" ", packages);
    }
}
