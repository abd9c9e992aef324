package dev.labforge.workflow;

import dev.labforge.wait.Answer;
import dev.labforge.wait.Await;
import dev.labforge.wait.Deadline;
import dev.labforge.wait.Durations;
import dev.labforge.wait.Outcome;
import dev.labforge.wait.Sleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One lab changed by one command at a time: an advisory lock on {@code <dir>/<lab>.lock} (FileChannel.lock,
 * so the kernel releases it when the holder dies, even by SIGKILL), held by up, verify, down, test and
 * render for their lab. The holder writes its pid and command into the file, so a second command can say
 * who it waits for. A second command waits {@code patience} (saying so once), then refuses with
 * {@link LabBusyException}. The lab's own thread may take it again (test holds it around its up); another
 * thread of this JVM waits like another process would ({@code lab test --parallel} of two folders with one name).
 */
public final class LabLocks {
    /** How long a second command waits for the lab by default: a verify or a down usually ends in that time. */
    public static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final java.util.regex.Pattern LAB_NAME = java.util.regex.Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final Path dir;
    private final Duration patience;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Held> held = new HashMap<>();

    public LabLocks(Path dir, Duration patience, Clock clock, Sleeper sleeper) {
        this.dir = dir;
        this.patience = patience;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * The machine's lock folder: {@code /run/labforge/.locks} (next to the netns runtime's state, on tmpfs, so
     * a reboot leaves no lock behind; the dot keeps it apart from a lab named "locks"), or, where that cannot
     * be made (not root), a folder under the temporary directory.
     */
    public static Path systemDir() {
        Path run = Path.of("/run/labforge/.locks");
        // Nothing is created here: most commands (validate, render) never take a lock.
        for (Path p = run; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (Files.isDirectory(p) && Files.isWritable(p)) {
                    return run;
                }
                break;
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "labforge-locks-" + System.getProperty("user.name"));
    }

    /** The names `up` accepts (DNS-1123 labels), checked without the full validator: only these can be locked. */
    static boolean isLabName(String name) {
        return name != null && LAB_NAME.matcher(name).matches();
    }

    public Path dir() {
        return dir;
    }

    /** The lock of one lab while it is held; closing releases it (once per {@link #hold}). */
    public final class Held implements AutoCloseable {
        private final String lab;
        private final Thread owner;
        private final FileChannel channel;
        private final FileLock lock;
        private int count = 1;

        private Held(String lab, FileChannel channel, FileLock lock) {
            this.lab = lab;
            this.owner = Thread.currentThread();
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            synchronized (held) {
                if (--count > 0) {
                    return;
                }
                held.remove(lab);
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // Closing the channel releases the lock anyway; so does the end of this process.
            }
        }
    }

    /**
     * Takes the lab's lock for {@code command} (e.g. "up labs/10-calico-bgp-ippool"), waiting up to the
     * patience; {@code waiting} hears once that it waits and for whom. Throws {@link LabBusyException}.
     */
    public Held hold(String lab, String command, Console waiting) {
        if (!isLabName(lab)) {
            throw new IllegalArgumentException("not a lab name: '" + lab + "'");
        }
        Held mine = reenter(lab);
        if (mine != null) {
            return mine;
        }
        Held first = tryHold(lab, command);
        if (first != null) {
            return first;
        }
        String holder = holder(lab);
        waiting.info("lab " + lab + " is being changed by " + holder + "; waiting up to " + Durations.text(patience) + " for it to end");
        Outcome<Held> got = new Await(sleeper, POLL).until("the lock of lab " + lab, Deadline.after(patience, clock), () -> {
            Held h = tryHold(lab, command);
            return h != null ? Answer.done(h) : Answer.pending(holder(lab));
        });
        if (got instanceof Outcome.Done<Held> done) {
            return done.value();
        }
        throw new LabBusyException("lab " + lab + " is being changed by " + holder(lab) + "; try again when it ends");
    }

    private Held reenter(String lab) {
        synchronized (held) {
            Held h = held.get(lab);
            if (h != null && h.owner == Thread.currentThread()) {
                h.count++;
                return h;
            }
            return null;
        }
    }

    /** The lock now, or null when another process or thread holds it. */
    private Held tryHold(String lab, String command) {
        synchronized (held) {
            if (held.containsKey(lab)) {
                return null;
            }
            Path file = file(lab);
            FileChannel channel = null;
            try {
                Files.createDirectories(dir);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return null;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\ncommand " + command + "\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
                Held h = new Held(lab, channel, lock);
                held.put(lab, h);
                return h;
            } catch (OverlappingFileLockException sameJvm) {
                close(channel);
                return null;
            } catch (IOException e) {
                close(channel);
                throw new UncheckedIOException("cannot lock lab " + lab + " (" + file + "): " + ReportFolder.reason(e), e);
            }
        }
    }

    /** "PID 4711 (up labs/10-calico-bgp-ippool)", from what the holder wrote; "another command" before it wrote. */
    String holder(String lab) {
        try {
            String pid = null;
            String command = null;
            for (String line : Files.readAllLines(file(lab), StandardCharsets.UTF_8)) {
                if (line.startsWith("pid ")) {
                    pid = line.substring(4).strip();
                } else if (line.startsWith("command ")) {
                    command = line.substring(8).strip();
                }
            }
            return pid == null ? "another command" : "PID " + pid + (command == null ? "" : " (" + command + ")");
        } catch (IOException e) {
            return "another command";
        }
    }

    private Path file(String lab) {
        return dir.resolve(lab + ".lock");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through it.
            }
        }
    }
}
