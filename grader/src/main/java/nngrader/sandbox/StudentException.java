package nngrader.sandbox;

import java.util.List;
import nngrader.api.ThrownByStudent;

/**
 * The student's code threw. The stack trace is the student's frames only; causes the student's
 * exception carried are named at the end of the message.
 *
 * <p>Read as "nn.softmax.Softmax.softmax threw java.lang.ArithmeticException: / by zero", or, for a
 * template stub ({@code UnsupportedOperationException("TODO: ...")}), "softmax: not implemented yet
 * (TODO: ...)".
 */
public final class StudentException extends StudentFailure implements ThrownByStudent {
    private final String where;
    private final String exceptionClass;
    private final String exceptionMessage;

    /**
     * @param where            the class and method that was called, e.g. {@code nn.softmax.Softmax.softmax};
     *                         {@code X.<init>} for a constructor, {@code X.<clinit>} for a static initializer
     * @param exceptionClass   the thrown exception's class name
     * @param exceptionMessage its message, or null
     * @param causes           the causes it carried, outermost first, e.g. {@code java.io.IOException: disk full}
     * @param studentFrames    the student's own frames, innermost first
     */
    public StudentException(String where, String exceptionClass, String exceptionMessage, List<String> causes,
            List<StackTraceElement> studentFrames) {
        super(message(where, exceptionClass, exceptionMessage) + causedBy(causes), studentFrames);
        this.where = where;
        this.exceptionClass = exceptionClass;
        this.exceptionMessage = exceptionMessage;
    }

    /** The class and method that was called. */
    public String where() {
        return where;
    }

    /** The class name of what the student's code threw, e.g. {@code java.lang.ArithmeticException}. */
    @Override
    public String exceptionClass() {
        return exceptionClass;
    }

    /** The message of what the student's code threw, or null. */
    @Override
    public String exceptionMessage() {
        return exceptionMessage;
    }

    /** Whether this is a template stub that the student has not filled in yet. */
    @Override
    public boolean notImplemented() {
        return isStub(exceptionClass, exceptionMessage);
    }

    private static boolean isStub(String exceptionClass, String exceptionMessage) {
        return exceptionClass.equals("java.lang.UnsupportedOperationException")
                && exceptionMessage != null && exceptionMessage.startsWith("TODO");
    }

    private static String message(String where, String exceptionClass, String exceptionMessage) {
        if (isStub(exceptionClass, exceptionMessage)) {
            // The template's stubs say "TODO: not implemented yet: <hint>"; say "not implemented yet" once.
            String hint = exceptionMessage.replaceFirst("^TODO\\s*:?\\s*(not implemented yet\\s*:?\\s*)?", "").strip();
            return where.substring(where.lastIndexOf('.') + 1) + ": not implemented yet"
                    + (hint.isEmpty() ? "" : " (TODO: " + hint + ")");
        }
        return caller(where) + " threw " + exceptionClass + (exceptionMessage == null ? "" : ": " + exceptionMessage);
    }

    private static String causedBy(List<String> causes) {
        StringBuilder text = new StringBuilder();
        for (String cause : causes) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }

    private static String caller(String where) {
        if (where.endsWith(".<init>")) {
            return "the constructor of " + where.substring(0, where.length() - ".<init>".length());
        }
        if (where.endsWith(".<clinit>")) {
            return "the static initializer of " + where.substring(0, where.length() - ".<clinit>".length());
        }
        return where;
    }
}
