package dev.labforge.runtime.netns.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the real daemons the validation tests run; absent tools make those tests skip with a message. */
final class Tools {
    private Tools() {
    }

    static Optional<Path> find(String program, String... extraDirs) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:" + String.join(":", extraDirs);
        return Stream.of(path.split(":")).filter(d -> !d.isEmpty()).map(d -> Path.of(d, program))
                .filter(Files::isExecutable).findFirst();
    }
}
