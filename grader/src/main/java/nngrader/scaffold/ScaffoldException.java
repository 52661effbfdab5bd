package nngrader.scaffold;

/** Why an assignment cannot be scaffolded, in one sentence for the instructor. */
public final class ScaffoldException extends Exception {
    public ScaffoldException(String message) {
        super(message);
    }
}
