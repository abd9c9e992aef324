package dev.labforge.runtime.clab;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads kernel settings from /proc/sys (a different root in tests). */
public record HostLimits(Path procSys) {

    public static HostLimits system() {
        return new HostLimits(Path.of("/proc/sys"));
    }

    /** The value of e.g. "fs.inotify.max_user_watches", or empty when it cannot be read. */
    public OptionalLong read(String key) {
        Path file = procSys.resolve(key.replace('.', '/'));
        // a reader, not Files.readString: /proc files report size 0, and on some kernels the
        // size-based read returns a truncated value ("1" for 192536 on the build machine)
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line = r.readLine();
            return line == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(line.strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
