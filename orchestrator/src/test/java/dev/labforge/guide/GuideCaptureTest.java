package dev.labforge.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.guide.content.CaptureRequest;
import dev.labforge.guide.content.Captures;
import dev.labforge.runtime.LabInventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The capture step: every command once, side by side, each output kept with its own request. */
class GuideCaptureTest {

    @Test
    void commandsRunSideBySideEachOnceAndEachOutputStaysWithItsCommand() {
        // given a lab whose commands each wait until two of them are running at once
        CountDownLatch bothRunning = new CountDownLatch(2);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        LabAccess lab = new LabAccess() {
            @Override
            public CommandResult exec(String target, List<String> argv) {
                ran.add(target + " " + String.join(" ", argv));
                bothRunning.countDown();
                boolean together;
                try {
                    together = bothRunning.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new CommandResult(Command.of(argv), 0, (together ? "together " : "alone ") + argv.get(argv.size() - 1) + "\n",
                        "", Duration.ZERO, false);
            }

            @Override
            public LabInventory status() {
                return new LabInventory("lab", "netns", true, List.of());
            }
        };
        CaptureRequest.Exec first = new CaptureRequest.Exec("a@n1", List.of("ping", "-c", "3", "192.168.0.1"));
        CaptureRequest.Exec second = new CaptureRequest.Exec("a@n2", List.of("ping", "-c", "3", "192.168.0.2"));

        // when
        Captures captures = GuideCapture.run(List.of(first, second, first, new CaptureRequest.Status()), lab);

        // then
        assertThat(captures.of(first).stdout()).isEqualTo("together 192.168.0.1\n");
        assertThat(captures.of(second).stdout()).isEqualTo("together 192.168.0.2\n");
        assertThat(ran).hasSize(2);
        assertThat(captures.requireStatus().running()).isTrue();
    }
}
