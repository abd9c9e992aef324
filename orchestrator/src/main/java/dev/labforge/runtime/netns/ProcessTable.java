package dev.labforge.runtime.netns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The processes of this machine, as destroy needs to see them (a seam so tests can script it). */
public interface ProcessTable {

    /**
     * A running process: its pid, {@code comm} (short name), argv, and its network namespace as the kernel names
     * it ({@code net:[4026532290]}; null when unknown).
     */
    record Proc(long pid, String comm, List<String> argv, String netns) {
        public Proc(long pid, String comm, List<String> argv) {
            this(pid, comm, argv, null);
        }
    }

    List<Proc> list();

    boolean alive(long pid);

    /** The network namespace this JVM runs in (the host's), as {@link Proc#netns}; null when unknown. */
    default String ownNetns() {
        return null;
    }

    /** Reads /proc (file reads only, no processes started). */
    static ProcessTable procfs() {
        return new ProcessTable() {
            private final Path proc = Path.of("/proc");

            @Override
            public List<Proc> list() {
                List<Proc> out = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc, p -> p.getFileName().toString().matches("\\d+"))) {
                    for (Path p : ds) {
                        try {
                            String comm = Files.readString(p.resolve("comm")).strip();
                            byte[] raw = Files.readAllBytes(p.resolve("cmdline"));
                            List<String> argv = raw.length == 0 ? List.of()
                                    : Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
                            out.add(new Proc(Long.parseLong(p.getFileName().toString()), comm, argv, netns(p)));
                        } catch (IOException | RuntimeException gone) {
                            // The process exited while we looked: nothing to clean up there.
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
                }
                return out;
            }

            @Override
            public String ownNetns() {
                return netns(proc.resolve("self"));
            }

            private String netns(Path pidDir) {
                try {
                    return Files.readSymbolicLink(pidDir.resolve("ns").resolve("net")).toString();
                } catch (IOException | RuntimeException notReadable) {
                    return null;
                }
            }

            /** A zombie counts as gone: it holds no namespace or socket, only its parent has yet to reap it. */
            @Override
            public boolean alive(long pid) {
                try {
                    String stat = Files.readString(proc.resolve(Long.toString(pid)).resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    return close < 0 || close + 2 >= stat.length() || stat.charAt(close + 2) != 'Z';
                } catch (IOException gone) {
                    return false;
                }
            }
        };
    }
}
