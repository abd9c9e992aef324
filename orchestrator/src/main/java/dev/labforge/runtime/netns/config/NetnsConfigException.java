package dev.labforge.runtime.netns.config;

/**
 * A rendered artifact cannot be translated for the netns runtime: it is malformed, or it uses something the
 * emulation does not reproduce. The message says what, where (file, document, line) and how to proceed.
 */
public class NetnsConfigException extends RuntimeException {
    public NetnsConfigException(String message) {
        super(message);
    }

    public NetnsConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
