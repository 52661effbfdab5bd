package nngrader.sandbox;

import java.util.List;

/**
 * The worker's reply could not be used: too large for the frame limit, or not a well-formed
 * reply (student code writing to the real standard output can cause this). Only this call fails.
 */
public final class BadReply extends StudentFailure {

    public BadReply(String message) {
        super(message, List.of());
    }
}
