package dev.labforge.runtime.netns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labforge.exec.ProcessCommandRunner;
import dev.labforge.runtime.PreflightCheck;
import dev.labforge.testing.E2E;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelEncapsulationsTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = KernelEncapsulationsTest.class.getResourceAsStream("/fixtures/overlay/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachTypeIsCreatedInAThrowawayNamespaceThatIsDeletedAfterwards() throws IOException {
        // given this machine's kernel as captured: vxlan yes, ipip and wireguard "Unknown device type"
        String unknown = fixture("link-add-ipip.stderr");
        String ns = KernelEncapsulations.namespace();
        ScriptedRunner runner = new ScriptedRunner()
                .on(List.of("ip", "-n", ns, "link", "add", "lfprobe1"), 2, "", unknown)
                .on(List.of("ip", "-n", ns, "link", "add", "lfprobe2"), 2, "", fixture("link-add-wireguard.stderr"));
        // when
        PreflightCheck check = KernelEncapsulations.check(runner);
        // then
        assertThat(check.ok()).isTrue();
        assertThat(check.detail()).startsWith("vxlan; not ipip, wireguard (Error: Unknown device type.)");
        assertThat(runner.argvs()).containsExactly(
                List.of("ip", "netns", "add", ns),
                List.of("ip", "-n", ns, "link", "add", "lfprobe0", "type", "vxlan", "id", "4096", "dstport", "4789", "nolearning"),
                List.of("ip", "-n", ns, "link", "add", "lfprobe1", "type", "ipip"),
                List.of("ip", "-n", ns, "link", "add", "lfprobe2", "type", "wireguard"),
                List.of("ip", "netns", "del", ns));
        assertThat(runner.argvs()).noneMatch(a -> a.contains("link") && !a.contains("-n"));
    }

    @Test
    void aKernelWithoutVxlanFailsTheCheckWithTheFix() throws IOException {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "-n", KernelEncapsulations.namespace(), "link", "add"), 2, "",
                fixture("link-add-ipip.stderr"));
        // when
        PreflightCheck check = KernelEncapsulations.check(runner);
        // then
        assertThat(check.ok()).isFalse();
        assertThat(check.detail()).startsWith("none; not vxlan, ipip, wireguard");
        assertThat(check.fix()).contains("modprobe vxlan");
    }

    @Test
    void withoutAProbeNamespaceNothingIsCreatedAnywhere() {
        // given
        ScriptedRunner runner = new ScriptedRunner().on(List.of("ip", "netns", "add"), 1, "", "mount --make-shared /run/netns failed");
        // when
        Map<String, String> found = KernelEncapsulations.probe(runner);
        // then
        assertThat(found.values()).allMatch(why -> why.startsWith("cannot create a probe namespace"));
        assertThat(runner.argvs()).hasSize(1);
    }

    @E2E
    @Test
    void thisKernelHasVxlanAndTheProbeLeavesNoNamespace() {
        // when
        Map<String, String> found = KernelEncapsulations.probe(new ProcessCommandRunner());
        // then
        assertThat(found).containsKeys("vxlan", "ipip", "wireguard");
        assertThat(found.get("vxlan")).isNull();
        assertThat(E2ESupport.namespacesWithPrefix("labforge-probe-")).isEmpty();
    }
}
