package dev.labforge.workflow;

/** The command line asked for something that cannot be (unknown runtime, missing lab folder): exit 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
