package dev.labforge.runtime.netns;

import dev.labforge.probe.ObservationException;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * BIRD's control socket spoken directly, as birdc speaks it, so that a look at a node costs no process
 * (a 200-node lab looked at 200 birdc processes per round). The protocol: BIRD greets with a line
 * {@code 0001 BIRD 1.6.8 ready.}; each reply line starts with a four-digit code and {@code -} (more of the
 * same code follows) or a space, or with a space alone (it continues the line before); a code starting
 * with 0 and a space ends the reply, 8 or 9 is an error. {@link #ask} returns the text birdc would print:
 * codes and the continuation space taken off, the greeting first.
 */
final class BirdControl {
    private static final int MAX_REPLY = 16 * 1024 * 1024;

    private BirdControl() {
    }

    /** Sends one command (e.g. {@code show protocols all}) and returns BIRD's reply as birdc prints it. */
    static String ask(Path socket, String command, Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            Reply reply = new Reply();
            boolean sent = false;
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            while (!reply.done()) {
                if (deadline.expired()) {
                    throw new ObservationException("BIRD at " + socket + " did not answer `" + command + "` within "
                            + Durations.text(timeout));
                }
                selector.select(Math.max(1, deadline.remaining().toMillis()));
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    throw new ObservationException("BIRD at " + socket + " closed the connection during `" + command + "`");
                }
                reply.add(buffer.array(), n);
                if (!sent && reply.greeted()) {
                    channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
                    sent = true;
                }
                if (reply.size() > MAX_REPLY) {
                    throw new ObservationException("BIRD at " + socket + " sent more than " + MAX_REPLY + " bytes for `" + command + "`");
                }
            }
            if (reply.error() != null) {
                throw new ObservationException("BIRD at " + socket + " refused `" + command + "`: " + reply.error());
            }
            return reply.text();
        } catch (IOException e) {
            throw new ObservationException("cannot talk to BIRD at " + socket + ": " + e.getMessage(), e);
        }
    }

    /** The lines read so far, turned into birdc's text as they complete. */
    private static final class Reply {
        private final StringBuilder pending = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private boolean greeted;
        private boolean done;
        private String error;
        private int size;

        void add(byte[] bytes, int n) {
            size += n;
            pending.append(new String(bytes, 0, n, StandardCharsets.UTF_8));
            int nl;
            while (!done && (nl = pending.indexOf("\n")) >= 0) {
                line(pending.substring(0, nl));
                pending.delete(0, nl + 1);
            }
        }

        private void line(String line) {
            boolean coded = line.length() >= 5 && Character.isDigit(line.charAt(0)) && Character.isDigit(line.charAt(1))
                    && Character.isDigit(line.charAt(2)) && Character.isDigit(line.charAt(3))
                    && (line.charAt(4) == '-' || line.charAt(4) == ' ');
            if (!coded) {
                text.append(line.startsWith(" ") ? line.substring(1) : line).append('\n');
                return;
            }
            String body = line.substring(5);
            boolean last = line.charAt(4) == ' ';
            char kind = line.charAt(0);
            if (!greeted) {
                // 0001 BIRD x.y.z ready.
                greeted = true;
                text.append(body).append('\n');
                return;
            }
            if (last && (kind == '8' || kind == '9')) {
                error = body.strip();
                done = true;
                return;
            }
            if (last && kind == '0') {
                done = true;
                if (!body.isBlank()) {
                    text.append(body).append('\n');
                }
                return;
            }
            text.append(body).append('\n');
        }

        boolean greeted() {
            return greeted;
        }

        boolean done() {
            return done;
        }

        String error() {
            return error;
        }

        int size() {
            return size;
        }

        String text() {
            return text.toString();
        }
    }
}
