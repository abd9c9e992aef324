package dev.labforge.runtime.netns.config;

/** Translates the EOS startup-config subset that labforge renders into an FRR setup with EOS behaviour. */
public final class EosToFrr {
    private EosToFrr() {
    }

    public static RouterSetup translate(String eosStartupConfig) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
