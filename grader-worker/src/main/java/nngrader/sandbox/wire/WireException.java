package nngrader.sandbox.wire;

import java.io.IOException;

/** Data on the wire that breaks the protocol: a bad frame, or a value that does not fit its type. */
public class WireException extends IOException {

    public WireException(String message) {
        super(message);
    }

    public WireException(String message, Throwable cause) {
        super(message, cause);
    }
}
