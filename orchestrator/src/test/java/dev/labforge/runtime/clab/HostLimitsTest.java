package dev.labforge.runtime.clab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.Command;
import dev.labforge.exec.ProcessCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostLimitsTest {

    @Test
    void readsNumbersAndTreatsGarbageAsUnknown(@TempDir Path procSys) throws IOException {
        // given
        Files.createDirectories(procSys.resolve("fs/inotify"));
        Files.writeString(procSys.resolve("fs/inotify/max_user_watches"), "524288\n");
        Files.writeString(procSys.resolve("fs/inotify/max_user_instances"), "lots\n");
        HostLimits limits = new HostLimits(procSys);

        // then
        assertThat(limits.read("fs.inotify.max_user_watches")).hasValue(524288);
        assertThat(limits.read("fs.inotify.max_user_instances")).isEmpty();
        assertThat(limits.read("fs.inotify.nosuch")).isEmpty();
    }

    @Test
    void readsThisMachinesRealLimitsAsCatShowsThem() {
        // given
        String cat = new ProcessCommandRunner().run(Command.of("cat", "/proc/sys/fs/inotify/max_user_watches")).orThrow().stdout();

        // when / then
        assertThat(HostLimits.system().read("fs.inotify.max_user_watches")).hasValue(Long.parseLong(cat.strip()));
    }
}
