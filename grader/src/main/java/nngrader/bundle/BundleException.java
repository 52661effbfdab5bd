package nngrader.bundle;

/** A bundle cannot be made (the assignment is not built, the out folder is missing…); the message says what to do. */
public final class BundleException extends Exception {
    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
