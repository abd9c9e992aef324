package dev.labforge.driver;

/**
 * A command or check that the ToR platform cannot answer at all (BGP on a router without a routing
 * daemon). Unlike an observation that failed this time, waiting does not help: report it at once.
 */
public class NotOnThisPlatformException extends RuntimeException {
    public NotOnThisPlatformException(String message) {
        super(message);
    }
}
