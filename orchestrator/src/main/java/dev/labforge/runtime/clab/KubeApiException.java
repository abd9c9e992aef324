package dev.labforge.runtime.clab;

/** A Kubernetes API call failed; the message names the call and the cluster's answer. */
public class KubeApiException extends RuntimeException {
    public KubeApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
