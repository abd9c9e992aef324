package dev.labforge.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether `lab up` installs what a runtime is missing, which packages, with which commands: decided, never run. */
class MissingPackagesTest {
    private static final MissingPackages.Machine DEBIAN_ROOT = new MissingPackages.Machine(true, "debian", "", true, false);

    @TempDir
    Path tmp;

    private final List<PreflightCheck> fresh = List.of(
            PreflightCheck.pass("running as root", "uid 0"),
            PreflightCheck.missing("FRR zebra", "/usr/lib/frr/zebra is missing", List.of("frr")),
            PreflightCheck.missing("FRR bgpd", "/usr/lib/frr/bgpd is missing", List.of("frr")),
            PreflightCheck.missing("vtysh", "vtysh is not on PATH", List.of("frr")),
            PreflightCheck.missing("bird", "bird is not on PATH", List.of("bird")),
            PreflightCheck.missing("birdc", "birdc is not on PATH", List.of("bird")));

    @Test
    void asRootOnDebianItInstallsEachMissingPackageOnceWithApt() {
        // when
        MissingPackages.Decision d = MissingPackages.decide(fresh, DEBIAN_ROOT);
        // then
        assertThat(d).isEqualTo(new MissingPackages.Install(List.of("frr", "bird"),
                List.of(List.of("apt-get", "install", "-y", "-q", "frr", "bird"))));
    }

    @Test
    void withoutPackageListsItRefreshesThemFirstAndUbuntuCountsAsDebian() {
        // given: a fresh container image: no apt lists yet
        MissingPackages.Machine ubuntu = new MissingPackages.Machine(true, "ubuntu", "debian", false, false);
        // when
        MissingPackages.Decision d = MissingPackages.decide(fresh.subList(4, 6), ubuntu);
        // then
        assertThat(d).isEqualTo(new MissingPackages.Install(List.of("bird"),
                List.of(List.of("apt-get", "update", "-q"), List.of("apt-get", "install", "-y", "-q", "bird"))));
    }

    @Test
    void optedOutNotRootOrNotDebianItInstallsNothingAndSaysWhatToRun() {
        MissingPackages.Machine optedOut = new MissingPackages.Machine(true, "debian", "", true, true);
        MissingPackages.Machine user = new MissingPackages.Machine(false, "debian", "", true, false);
        MissingPackages.Machine fedora = new MissingPackages.Machine(true, "fedora", "", false, false);

        assertThat(MissingPackages.decide(fresh, optedOut)).isEqualTo(new MissingPackages.Refuse(List.of("frr", "bird"),
                "LAB_NO_INSTALL=1 is set, so nothing is installed; install them with: apt-get install -y frr bird"));
        assertThat(MissingPackages.decide(fresh, user)).isEqualTo(new MissingPackages.Refuse(List.of("frr", "bird"),
                "labforge installs them only when run as root; run: sudo apt-get install -y frr bird, or run lab as root"));
        assertThat(MissingPackages.decide(fresh, fedora)).isEqualTo(new MissingPackages.Refuse(List.of("frr", "bird"),
                "labforge installs packages only on Debian or Ubuntu (this is fedora); install frr, bird with this system's"
                        + " package manager (on Debian/Ubuntu: apt-get install -y frr bird)"));
    }

    @Test
    void whatNoPackageFixesIsNotInstalled() {
        // given: only root is missing, which no package gives
        List<PreflightCheck> notRoot = List.of(PreflightCheck.fail("running as root", "uid is 1000", "run as root, e.g. sudo lab up ..."));
        // when / then
        assertThat(MissingPackages.decide(notRoot, DEBIAN_ROOT)).isEqualTo(new MissingPackages.Nothing());
        assertThat(PreflightCheck.missing("bird", "bird is not on PATH", List.of("bird")).fix()).isEqualTo("apt-get install -y bird");
    }

    @Test
    void theMachineIsReadFromOsReleaseAptsListsAndTheOptOut() throws IOException {
        // given
        Path osRelease = Files.writeString(tmp.resolve("os-release"),
                "PRETTY_NAME=\"Ubuntu 24.04 LTS\"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID=\"24.04\"\n");
        Path lists = Files.createDirectories(tmp.resolve("lists"));
        Files.writeString(lists.resolve("deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages"), "");
        // when
        MissingPackages.Machine m = MissingPackages.Machine.read(true, Map.of("LAB_NO_INSTALL", "1"), osRelease, lists);
        MissingPackages.Machine none = MissingPackages.Machine.read(false, Map.of(), tmp.resolve("absent"), tmp.resolve("absent"));
        // then
        assertThat(m).isEqualTo(new MissingPackages.Machine(true, "ubuntu", "debian", true, true));
        assertThat(none).isEqualTo(new MissingPackages.Machine(false, "", "", false, false));
    }
}
