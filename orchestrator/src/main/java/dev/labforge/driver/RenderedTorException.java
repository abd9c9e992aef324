package dev.labforge.driver;

import dev.labforge.runtime.DeployException;

/** The rendered folder does not describe a ToR a runtime can use; the message names the file and the entry. */
public class RenderedTorException extends DeployException {
    public RenderedTorException(String message) {
        super(message);
    }

    public RenderedTorException(String message, Throwable cause) {
        super(message, cause);
    }
}
