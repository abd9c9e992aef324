package dev.labforge.render;

/** A template could not be found or failed; the message names the template and the cause. */
public final class RenderException extends RuntimeException {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
