package dev.labforge.driver;

import dev.labforge.runtime.netns.config.RouterSetup;
import java.util.List;
import java.util.Map;

/**
 * A ToR platform on the netns runtime: what the router namespace gets (VLAN bridges with SVIs, routes,
 * and the FRR config when the emulation runs FRR), its show commands inside the namespace, and what
 * {@code lab exec <tor> ...} maps to. The runtime runs everything; this is pure.
 */
public interface NetnsEmulation {

    /**
     * The router as the namespace must build it, from the rendered files.
     *
     * @throws dev.labforge.runtime.netns.config.NetnsConfigException naming the file and line it cannot emulate
     */
    RouterSetup setup(RenderedTor tor);

    /** Whether the router namespace runs FRR (zebra + bgpd); false for kernel routing only. */
    boolean runsFrr();

    /** Show commands as run inside the router namespace; pass them through {@link #inNamespace}. */
    TorShow show();

    /**
     * The argv that runs {@code argv} in the router namespace {@code ns}: the daemon's CLI pointed at the
     * namespace's daemon, anything else as is.
     *
     * @throws dev.labforge.runtime.ExecUsageException for a CLI this emulation does not have, with what to use instead
     */
    List<String> inNamespace(String ns, List<String> argv);

    /** What a failure bundle shows of the router: file name to the command (before {@link #inNamespace}). */
    Map<String, List<String>> diagnostics();
}
