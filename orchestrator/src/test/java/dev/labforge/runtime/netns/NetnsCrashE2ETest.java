package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.runtime.LabRef;
import dev.labforge.runtime.Progress;
import dev.labforge.runtime.RenderedLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.labforge.testing.E2E;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deploy dies half-way (the runner "crashes" at a chosen command, the Java objects are dropped), then a
 * fresh runtime destroys the lab by name only: nothing may be left. Also: destroying lab X by name never
 * touches lab X-svc, whose namespaces share X's prefix.
 */
@E2E
class NetnsCrashE2ETest {
    private static final String LAB = "lfe2e-crash";
    private static final String SIBLING = "lfe2e-crash-svc";

    @TempDir
    Path tmp;

    /** Runs commands for real until {@code crashAt} matches, then throws like a dying JVM would stop. */
    private static final class CrashingRunner implements CommandRunner {
        private final CommandRunner real = new ProcessCommandRunner();
        private final Predicate<Command> crashAt;
        private final AtomicInteger seen = new AtomicInteger();
        private final int occurrence;

        CrashingRunner(Predicate<Command> crashAt, int occurrence) {
            this.crashAt = crashAt;
            this.occurrence = occurrence;
        }

        @Override
        public CommandResult run(Command command) {
            if (crashAt.test(command) && seen.incrementAndGet() == occurrence) {
                throw new IllegalStateException("simulated crash before " + command.display());
            }
            return real.run(command);
        }
    }

    @AfterEach
    void cleanUp() {
        new NetnsRuntime().destroy(new LabRef(LAB, null), Progress.NONE);
        new NetnsRuntime().destroy(new LabRef(SIBLING, null), Progress.NONE);
    }

    @ParameterizedTest(name = "crash before {0}")
    @ValueSource(strings = {"marks", "links", "bgpd", "second bird", "pods"})
    void destroyByNameAloneLeavesNothingAfterACrashAt(String point) throws Exception {
        // given
        Path dir = E2ESupport.seedCopy(tmp, LAB);
        CrashingRunner runner = switch (point) {
            case "marks" -> new CrashingRunner(c -> c.argv().contains("-n") && c.argv().contains("-batch"), 2);
            case "links" -> new CrashingRunner(c -> c.argv().equals(List.of("ip", "-batch", "-")), 2);
            case "bgpd" -> new CrashingRunner(c -> c.argv().contains("/usr/lib/frr/bgpd"), 1);
            case "second bird" -> new CrashingRunner(c -> c.argv().contains("bird"), 2);
            default -> new CrashingRunner(c -> c.argv().equals(List.of("ip", "-batch", "-")), 3);
        };
        NetnsRuntime crashing = new NetnsRuntime(runner, NetnsPaths.system(), ProcessTable.procfs());
        assertThatThrownBy(() -> crashing.deploy(new RenderedLab(LAB, dir, null), Duration.ofSeconds(60), Progress.NONE))
                .hasMessageStartingWith("simulated crash");
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + LAB + "-")).isNotEmpty();

        // when: a new process knows only the name
        new NetnsRuntime().destroy(new LabRef(LAB, null), Progress.NONE);

        // then
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void withoutStateTheMarksStillFindEverythingAfterACrash() throws Exception {
        // given: crash while starting the second BIRD, then lose the state file too
        Path dir = E2ESupport.seedCopy(tmp, LAB);
        NetnsRuntime crashing = new NetnsRuntime(new CrashingRunner(c -> c.argv().contains("bird"), 2), NetnsPaths.system(),
                ProcessTable.procfs());
        assertThatThrownBy(() -> crashing.deploy(new RenderedLab(LAB, dir, null), Duration.ofSeconds(60), Progress.NONE))
                .hasMessageStartingWith("simulated crash");
        Files.delete(NetnsPaths.system().stateFile(LAB));

        // when
        new NetnsRuntime().destroy(new LabRef(LAB, null), Progress.NONE);

        // then
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
    }

    @Test
    void destroyingALabNeverTouchesALabWhoseNameItPrefixes() throws Exception {
        // given: both labs up; the shorter one's state is lost
        NetnsRuntime runtime = new NetnsRuntime();
        runtime.deploy(new RenderedLab(SIBLING, E2ESupport.seedCopy(tmp, SIBLING), null), Duration.ofSeconds(60), Progress.NONE);
        runtime.deploy(new RenderedLab(LAB, E2ESupport.seedCopy(tmp, LAB), null), Duration.ofSeconds(60), Progress.NONE);
        Files.delete(NetnsPaths.system().stateFile(LAB));
        List<String> siblingNamespaces = E2ESupport.namespacesWithPrefix("clab-" + SIBLING + "-");
        List<ProcessTable.Proc> siblingDaemons = E2ESupport.daemonsOf(SIBLING);

        // when
        runtime.destroy(new LabRef(LAB, null), Progress.NONE);

        // then
        E2ESupport.assertNothingLeft(LAB, List.of("clab-" + LAB + "-ceos01"));
        assertThat(siblingNamespaces).hasSize(14);
        assertThat(E2ESupport.namespacesWithPrefix("clab-" + SIBLING + "-")).containsExactlyInAnyOrderElementsOf(siblingNamespaces);
        assertThat(siblingDaemons).hasSize(6);
        assertThat(E2ESupport.daemonsOf(SIBLING)).containsExactlyInAnyOrderElementsOf(siblingDaemons);
        assertThat(NetnsPaths.system().stateFile(SIBLING)).exists();
    }
}
