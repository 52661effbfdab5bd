package nngrader.sandbox.worker;

import java.util.ArrayList;
import java.util.List;

/** Picks the student's own frames out of a stack: not the JDK's, the reflection's or the worker's. */
final class StudentFrames {
    private static final String[] NOT_STUDENT = {
        "java.", "javax.", "jdk.", "sun.", "com.sun.",
        "nngrader.sandbox.worker.", "nngrader.sandbox.wire.", "com.fasterxml.jackson.",
    };

    private StudentFrames() {
    }

    static List<StackTraceElement> of(StackTraceElement[] stack) {
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            if (isStudent(frame)) {
                frames.add(frame);
            }
        }
        return frames;
    }

    static boolean isStudent(StackTraceElement frame) {
        if (frame.getModuleName() != null) {
            return false;
        }
        for (String prefix : NOT_STUDENT) {
            if (frame.getClassName().startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
