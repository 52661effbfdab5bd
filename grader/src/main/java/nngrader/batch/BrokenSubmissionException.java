package nngrader.batch;

/** A submission that cannot be opened (a broken zip, no files); the message is one sentence for student and staff. */
public final class BrokenSubmissionException extends Exception {

    public BrokenSubmissionException(String message) {
        super(message);
    }

    public BrokenSubmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
