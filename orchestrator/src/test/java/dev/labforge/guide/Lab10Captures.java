package dev.labforge.guide;

import dev.labforge.runtime.LabInventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake lab 10 (or 07) answering the guide's commands with the outputs captured from a real netns lab
 * (fixtures/guide/netns/lab10/&lt;run&gt;/, see the README there): run1 right after up, run1-later 75 s later,
 * run2 after down and up.
 */
final class Lab10Captures {
    static final Path DIR = GuideFixtures.FIXTURES.resolve("netns");

    private Lab10Captures() {
    }

    static String text(String lab, String run, String name) {
        try {
            return Files.readString(DIR.resolve(lab).resolve(run).resolve(name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> vtysh(String command) {
        return List.of("vtysh", "-c", command);
    }

    static GuideFixtures.FakeLab lab10(String run) {
        String l = "lab10";
        GuideFixtures.FakeLab lab = new GuideFixtures.FakeLab()
                .answer("ceos01", vtysh("show ip bgp summary"), text(l, run, "frr-show-ip-bgp-summary"))
                .answer("ceos01", vtysh("show ip route"), text(l, run, "frr-show-ip-route"))
                .answer("ceos01", vtysh("show ip bgp 192.168.42.192/26"), text(l, run, "frr-show-ip-bgp-prefix"))
                .answer("ceos01", vtysh("show running-config bgpd"), text(l, run, "frr-show-running-config-bgpd"))
                .answer("k01-control-plane", List.of("birdc", "show", "protocols"), text(l, run, "bird-show-protocols"))
                .answer("k01-control-plane", List.of("ip", "route", "show", "proto", "bird"), text(l, run, "ip-route-show-proto-bird"))
                .answer("multitool-1@k01-worker3", List.of("ip", "-br", "-4", "addr", "show", "dev", "eth0"), text(l, run, "ip-br-addr-pod"))
                .answer("multitool-1@k01-worker", List.of("ip", "-br", "-4", "addr", "show", "dev", "eth0"), text(l, run, "ip-br-addr-pod1"))
                .answer("multitool-1@k01-worker", List.of("ping", "-c", "3", "192.168.46.129"), text(l, run, "ping-pod-to-pod"))
                .answer("ceos01", List.of("ping", "-c", "3", "192.168.42.193"), text(l, run, "ping-tor-to-pod"))
                .answer("ceos01", List.of("ping", "-c", "3", "192.168.46.129"), text(l, run, "ping-tor-to-pod3"));
        lab.status = status(l, run);
        return lab;
    }

    /** What `lab status -o json` printed at that time. */
    static LabInventory status(String lab, String run) {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(DIR.resolve(lab).resolve(run).resolve("lab-status.json")),
                    LabInventory.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
