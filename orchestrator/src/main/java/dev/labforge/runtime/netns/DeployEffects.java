package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.probe.ObservationException;
import dev.labforge.runtime.DeployException;
import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Condition;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import dev.labforge.wait.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The side effects of a netns deploy: {@link #real} does them, {@link #plan} records them for
 * `lab up --dry-run`. The deploy steps ({@link NetnsDeploy}) are written once against this seam.
 */
interface DeployEffects {
    CommandRunner runner();

    <T> void forEach(List<T> items, Consumer<T> work);

    void writeState(LabState state);

    /** A file daemons read (they may run as another user: world-readable). */
    void writeFile(Path file, String text) throws IOException;

    /** FRR's per-namespace dirs: the run dir owned by frr, and an (empty) vtysh.conf. */
    void prepareFrrDirs(String ns) throws IOException;

    /** Polls a command until it succeeds or the deadline passes. */
    /** Asks {@code answered} until it is done or the deadline passes; {@code display} is how a plan shows it. */
    void await(String step, Deadline deadline, String what, String display, Condition<?> answered);

    static DeployEffects real(CommandRunner runner, NetnsPaths paths) {
        return new Real(runner, paths);
    }

    static Recorded plan(NetnsPaths paths) {
        return new Recorded(paths);
    }

    /** Does it: processes in parallel per namespace, files with the modes FRR and BIRD need. */
    final class Real implements DeployEffects {
        /** Daemons answer within a second of starting: look often. */
        private static final Await ANSWER = Await.every(Duration.ofMillis(50));
        private final CommandRunner runner;
        private final NetnsPaths paths;

        Real(CommandRunner runner, NetnsPaths paths) {
            this.runner = runner;
            this.paths = paths;
        }

        @Override
        public CommandRunner runner() {
            return runner;
        }

        @Override
        public <T> void forEach(List<T> items, Consumer<T> work) {
            Parallel.forEach(items, work);
        }

        @Override
        public void writeState(LabState state) {
            state.write(paths.stateFile(state.lab()));
        }

        @Override
        public void writeFile(Path file, String text) throws IOException {
            writeReadable(file, text);
        }

        @Override
        public void prepareFrrDirs(String ns) throws IOException {
            Path run = paths.frrRunDir(ns);
            Files.createDirectories(run);
            if (paths.frrUser() != null) {
                ownBy(run, paths.frrUser());
            }
            Path etc = paths.frrEtcDir(ns);
            Files.createDirectories(etc);
            Path vtysh = etc.resolve("vtysh.conf");
            if (!Files.exists(vtysh)) {
                Files.writeString(vtysh, "");
            }
        }

        @Override
        public void await(String step, Deadline deadline, String what, String display, Condition<?> answered) {
            Outcome<?> outcome = ANSWER.until(what, deadline,
                    answered.pendingOn(ObservationException.class, RuntimeException::getMessage));
            if (outcome instanceof Outcome.TimedOut<?> t) {
                throw new DeployException("step " + step + ": " + what + " did not answer before the deadline; last output: "
                        + t.lastSeen() + " (for " + Durations.text(t.lastFor()) + ")");
            }
        }

        private static synchronized void writeReadable(Path file, String text) throws IOException {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            // FRR reads its config after dropping to user frr: the lab dir and files must be world-readable.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }

        private static void ownBy(Path dir, String user) throws IOException {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
            try {
                view.setOwner(users.lookupPrincipalByName(user));
                GroupPrincipal group = users.lookupPrincipalByGroupName(user);
                view.setGroup(group);
            } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
                throw new DeployException("step router: user " + user + " does not exist, so FRR cannot run; "
                        + NetnsPreflight.INSTALL_FIX, e);
            }
        }
    }

    /** Records instead of acting; sequential so the plan reads in a stable order. */
    final class Recorded implements DeployEffects {
        final List<String> lines = new ArrayList<>();
        private final NetnsPaths paths;
        private final CommandRunner recorder = command -> {
            String stdin = command.stdin() == null ? "" : "\n" + command.stdin().stripTrailing().indent(6).stripTrailing();
            lines.add(command.display() + stdin);
            return new CommandResult(command, 0, "", "", Duration.ZERO, false);
        };

        Recorded(NetnsPaths paths) {
            this.paths = paths;
        }

        @Override
        public CommandRunner runner() {
            return recorder;
        }

        @Override
        public <T> void forEach(List<T> items, Consumer<T> work) {
            items.forEach(work);
        }

        @Override
        public void writeState(LabState state) {
            lines.add("write " + paths.stateFile(state.lab()) + " (" + state.members().size() + " namespaces, before any exists)");
        }

        @Override
        public void writeFile(Path file, String text) {
            lines.add("write " + file + " (" + text.lines().count() + " lines)");
        }

        @Override
        public void prepareFrrDirs(String ns) {
            lines.add("mkdir " + paths.frrRunDir(ns) + " (owner " + paths.frrUser() + ") and " + paths.frrEtcDir(ns) + "/vtysh.conf");
        }

        @Override
        public void await(String step, Deadline deadline, String what, String display, Condition<?> answered) {
            lines.add(display + "   (repeated until it answers)");
        }
    }
}
