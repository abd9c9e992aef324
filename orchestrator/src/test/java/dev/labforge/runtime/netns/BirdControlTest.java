package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.probe.ObservationException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BIRD's control protocol against a stand-in that answers like BIRD 1.6 (lines as captured from a live BIRD). */
class BirdControlTest {

    @TempDir
    Path tmp;

    /** Serves one client: greets, reads one command, answers {@code reply}; the command it got goes to {@code asked}. */
    private Thread bird(Path socket, String reply, AtomicReference<String> asked) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            try (server; SocketChannel c = server.accept()) {
                c.write(ByteBuffer.wrap("0001 BIRD 1.6.8 ready.\n".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer in = ByteBuffer.allocate(256);
                StringBuilder command = new StringBuilder();
                while (command.indexOf("\n") < 0 && c.read(in) > 0) {
                    command.append(new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII));
                    in.clear();
                }
                asked.set(command.toString());
                // in two writes, the first ending mid-line
                byte[] all = reply.getBytes(StandardCharsets.US_ASCII);
                c.write(ByteBuffer.wrap(all, 0, all.length / 2));
                c.write(ByteBuffer.wrap(all, all.length / 2, all.length - all.length / 2));
            } catch (IOException ignored) {
                // the test sees what the client got
            }
        });
        t.start();
        return t;
    }

    @Test
    void aReplyComesBackAsBirdcPrintsIt() throws Exception {
        // given
        Path socket = tmp.resolve("n.ctl");
        AtomicReference<String> asked = new AtomicReference<>();
        Thread server = bird(socket, """
                2002-name     proto    table    state  since       info
                1002-static1  Static   master   up     10:18:51   \s
                1006-  Preference:     200
                   Input filter:   ACCEPT
                \s
                1002-Node_10_10_10_1 BGP      master   up     10:18:52    Established  \s
                1006-  Description:    Connection to BGP peer
                   BGP state:          Established
                     Neighbor address: 10.10.10.1
                \s
                0000\s
                """, asked);

        // when
        String text = BirdControl.ask(socket, "show protocols all", Duration.ofSeconds(10));
        server.join(10_000);

        // then
        assertThat(asked.get()).isEqualTo("show protocols all\n");
        assertThat(text).isEqualTo("""
                BIRD 1.6.8 ready.
                name     proto    table    state  since       info
                static1  Static   master   up     10:18:51   \s
                  Preference:     200
                  Input filter:   ACCEPT

                Node_10_10_10_1 BGP      master   up     10:18:52    Established  \s
                  Description:    Connection to BGP peer
                  BGP state:          Established
                    Neighbor address: 10.10.10.1

                """);
    }

    @Test
    void anErrorReplyIsAnObservationFailure() throws Exception {
        // given
        Path socket = tmp.resolve("n.ctl");
        Thread server = bird(socket, "9001 syntax error, unexpected CF_SYM_UNDEFINED\n", new AtomicReference<>());

        // when / then
        assertThatThrownBy(() -> BirdControl.ask(socket, "show frobnicate", Duration.ofSeconds(10)))
                .isInstanceOf(ObservationException.class).hasMessageContaining("refused `show frobnicate`: syntax error");
        server.join(10_000);
    }

    @Test
    void noSocketIsAnObservationFailureNamingIt() {
        assertThatThrownBy(() -> BirdControl.ask(tmp.resolve("gone.ctl"), "show status", Duration.ofSeconds(1)))
                .isInstanceOf(ObservationException.class).hasMessageContaining("cannot talk to BIRD at " + tmp.resolve("gone.ctl"));
    }
}
