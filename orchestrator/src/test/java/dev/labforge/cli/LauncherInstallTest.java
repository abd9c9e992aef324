package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script on a machine without Java: it installs it with apt-get as root on Debian/Ubuntu, printing the
 * command first, and not with LAB_NO_INSTALL=1. apt-get is a stand-in on PATH that records its arguments and fails,
 * so nothing is installed.
 */
class LauncherInstallTest {
    private static final Path LAUNCHER = Path.of("..", "lab").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** A PATH with the few programs the script uses before it needs Java, and a recording apt-get. */
    private Path bin() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("dirname", "grep", "id", "cat", "find")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                if (Files.isExecutable(Path.of(dir, tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(dir, tool));
                }
            }
        }
        Path apt = bin.resolve("apt-get");
        Files.writeString(apt, "#!/bin/bash\necho \"$DEBIAN_FRONTEND $*\" >> " + tmp.resolve("apt-calls") + "\nexit 100\n");
        Files.setPosixFilePermissions(apt, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private Process run(Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", LAUNCHER.toString(), "--version");
        pb.environment().clear();
        pb.environment().put("PATH", bin().toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    @Test
    void withLabNoInstallItOnlySaysWhatToRun() throws Exception {
        // when
        Process p = run(Map.of("LAB_NO_INSTALL", "1"));
        String out = new String(p.getInputStream().readAllBytes());
        // then
        assertThat(p.waitFor()).isEqualTo(3);
        assertThat(out).contains("lab: 'java' is not installed (LAB_NO_INSTALL=1: nothing is installed)."
                + " On Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless");
        assertThat(tmp.resolve("apt-calls")).doesNotExist();
    }

    @Test
    void asRootOnDebianItRunsAptGetForJavaAfterPrintingTheCommand() throws Exception {
        assumeTrue(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip().equals("0"), "needs root");
        assumeTrue(Files.readString(Path.of("/etc/os-release")).matches("(?s).*\\nID(_LIKE)?=.*(debian|ubuntu).*"), "needs Debian");
        // when
        Process p = run(Map.of());
        String out = new String(p.getInputStream().readAllBytes());
        // then: the stand-in was called non-interactively with the printed command, and its failure is reported
        assertThat(p.waitFor()).isEqualTo(3);
        assertThat(out).contains("lab: 'java' is not installed; running: apt-get install -y -q openjdk-17-jdk-headless")
                .contains("lab: installing openjdk-17-jdk-headless failed; run it by hand: apt-get install -y openjdk-17-jdk-headless");
        assertThat(Files.readAllLines(tmp.resolve("apt-calls"))).last().isEqualTo("noninteractive install -y -q openjdk-17-jdk-headless");
    }
}
