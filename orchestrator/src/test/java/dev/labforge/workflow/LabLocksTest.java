package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.testing.FakeClock;
import dev.labforge.testing.RecordingConsole;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabLocksTest {
    @TempDir
    Path tmp;

    private final FakeClock clock = new FakeClock();
    private final RecordingConsole console = new RecordingConsole();

    private LabLocks locks() {
        return new LabLocks(tmp.resolve("locks"), Duration.ofSeconds(5), clock, clock.sleeper());
    }

    @Test
    void aSecondCommandWaitsBrieflySayingForWhomThenRefusesNamingTheHolder() throws Exception {
        // given another thread of this JVM holds lab x for an up (as a second folder's lab test --parallel would)
        LabLocks locks = locks();
        LabLocks.Held first = CompletableFuture.supplyAsync(() -> locks.hold("x", "up labs/x", Console.SILENT)).get();
        long pid = ProcessHandle.current().pid();

        // when / then
        assertThatThrownBy(() -> locks.hold("x", "verify labs/x", console))
                .isInstanceOf(LabBusyException.class)
                .hasMessage("lab x is being changed by PID " + pid + " (up labs/x); try again when it ends");
        assertThat(console.lines()).containsExactly("lab x is being changed by PID " + pid + " (up labs/x); waiting up to 5.0 s for it to end");
        assertThat(clock.slept()).isEqualTo(Duration.ofSeconds(5));
        first.close();
    }

    @Test
    void oneReleaseLetsTheNextCommandInAndTheOwnThreadMayTakeItAgain() {
        // given
        LabLocks locks = locks();
        LabLocks.Held test = locks.hold("x", "test labs/x", console);
        LabLocks.Held upInsideTest = locks.hold("x", "up labs/x", console);

        // when the inner hold ends, the test still holds the lab; when the test's ends, the lab is free
        upInsideTest.close();
        assertThatThrownBy(() -> CompletableFuture.supplyAsync(() -> locks.hold("x", "down labs/x", Console.SILENT)).join())
                .hasCauseInstanceOf(LabBusyException.class);
        test.close();

        // then
        LabLocks.Held down = CompletableFuture.supplyAsync(() -> locks.hold("x", "down labs/x", Console.SILENT)).join();
        assertThat(console.lines()).isEmpty();
        down.close();
    }

    @Test
    void theLockOfAnotherProcessIsSeenAndTheKernelReleasesItWhenThatProcessIsKilled() throws Exception {
        // given another JVM takes lab x's lock the way labforge does and keeps it
        Path dir = tmp.resolve("locks");
        Files.createDirectories(dir);
        Path holder = tmp.resolve("Holder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        c.lock();
                        c.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\\ncommand up labs/x\\n").getBytes()));
                        System.out.println("locked");
                        Thread.sleep(60_000);
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), holder.toString(),
                dir.resolve("x.lock").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");

            // when / then: refused, naming the other process
            LabLocks locks = locks();
            assertThatThrownBy(() -> locks.hold("x", "up labs/x", console)).isInstanceOf(LabBusyException.class)
                    .hasMessage("lab x is being changed by PID " + other.pid() + " (up labs/x); try again when it ends");

            // and once it dies by SIGKILL (no chance to clean up), the lab is free
            other.destroyForcibly();
            assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
            locks.hold("x", "up labs/x", Console.SILENT).close();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void onlyLabNamesAreLocked() {
        assertThatThrownBy(() -> locks().hold("../etc/passwd", "up x", console)).isInstanceOf(IllegalArgumentException.class);
    }
}
