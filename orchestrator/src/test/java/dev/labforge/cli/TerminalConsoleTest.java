package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalConsoleTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicLong now = new AtomicLong(5_000_000_000L);
    final TerminalConsole console = new TerminalConsole(new PrintWriter(out), new PrintWriter(err), Style.PLAIN, now::get);

    @Test
    void aPhaseIsOneLineWithTheTimeSinceStartAndItsDuration() {
        // given
        now.addAndGet(1_230_000_000L);
        console.phase("deploy");
        now.addAndGet(840_000_000L);

        // when
        console.phaseDone("deploy", true, Duration.ofMillis(840), "4 nodes");

        // then
        assertThat(out.toString()).isEqualTo("[ 1.23s] deploy ... ok (0.8 s) 4 nodes\n");
    }

    @Test
    void outputDuringAPhaseClosesItsLineAndTheResultGetsItsOwn() {
        // given
        console.phase("bgp");
        now.addAndGet(2_500_000_000L);
        console.info("  waiting for k01-worker3");
        console.warn("ToR session to 10.10.20.20 flapped");

        // when
        console.phaseDone("bgp", false, Duration.ofMillis(2500), "1 of 4 sessions down");

        // then
        assertThat(out.toString()).isEqualTo("[ 0.00s] bgp ...\n  waiting for k01-worker3\n"
                + "[ 2.50s] bgp ... FAILED (2.5 s) 1 of 4 sessions down\n");
        assertThat(err.toString()).isEqualTo("ToR session to 10.10.20.20 flapped\n");
    }

    @Test
    void aPhaseEndedByAnotherThreadGetsItsOwnLine() throws InterruptedException {
        // given: lab A opened "deploy", then lab B (another thread) opened its own "deploy"
        console.phase("deploy");
        Thread other = new Thread(() -> console.phase("deploy"));
        other.start();
        other.join();

        // when: lab A's deploy ends
        console.phaseDone("deploy", true, Duration.ofMillis(500), null);

        // then: it is not appended to B's line
        assertThat(out.toString()).isEqualTo("[ 0.00s] deploy ...\n[ 0.00s] deploy ...\n[ 0.00s] deploy ... ok (0.5 s)\n");
    }

    @Test
    void colourOnlyWhenAsked() {
        // given
        StringWriter coloured = new StringWriter();
        TerminalConsole c = new TerminalConsole(new PrintWriter(coloured), new PrintWriter(new StringWriter()),
                new Style(true), now::get);

        // when
        c.phaseDone("render", true, Duration.ofMillis(40), null);

        // then
        assertThat(coloured.toString()).contains("\u001b[32mok\u001b[0m (0.0 s)");
        assertThat(out.toString()).doesNotContain("\u001b");
    }
}
