package dev.labforge.runtime.clab;

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
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
