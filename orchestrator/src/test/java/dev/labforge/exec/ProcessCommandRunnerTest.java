package dev.labforge.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Real (harmless) processes: sh, sleep, cat. */
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void aChildLeftRunningInTheBackgroundDoesNotHoldTheCommandOpen() {
        // when: sh ends at once, its sleep keeps the output pipe open for 30 s
        CommandResult r = runner.run(Command.of("sh", "-c", "echo started; sleep 30 &").withTimeout(Duration.ofSeconds(60)));

        // then the command's own output is there, and it did not wait for the sleep
        assertThat(r.timedOut()).isFalse();
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).isEqualTo("started\n");
        assertThat(r.took()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void anInteractiveCommandRunsOnLabforgesOwnStreamsAndItsExitCodeComesBack() {
        // when
        CommandResult r = runner.run(Command.of("sh", "-c", "exit 3").withTimeout(Command.NO_LIMIT).interactive(true));

        // then
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.timedOut()).isFalse();
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void anInteractiveCommandIsStoppedAtItsTimeout() {
        // when
        CommandResult r = runner.run(Command.of("sleep", "30").withTimeout(Duration.ofMillis(300)).interactive(true));

        // then
        assertThat(r.timedOut()).isTrue();
        assertThat(r.ok()).isFalse();
    }

    @Test
    void givenInputReachesTheCommand() {
        assertThat(runner.run(Command.of("cat").withStdin("hi\n")).stdout()).isEqualTo("hi\n");
    }
}
