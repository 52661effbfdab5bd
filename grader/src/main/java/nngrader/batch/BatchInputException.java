package nngrader.batch;

/** Input that a batch cannot start from (a missing folder, malformed metadata); the message is one sentence for the user. */
public final class BatchInputException extends Exception {

    public BatchInputException(String message) {
        super(message);
    }
}
