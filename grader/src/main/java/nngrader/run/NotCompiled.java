package nngrader.run;

import java.lang.reflect.Proxy;
import java.util.List;

import nngrader.assignment.SubmittedFile;
import nngrader.sandbox.StudentFailure;

/**
 * The {@code @Student} object of a file that did not compile: each call fails with the compiler's errors. The
 * worker holds a stand-in answered by the reference (for the other files' sake), which this test must not reach.
 */
final class NotCompiled {
    private NotCompiled() {
    }

    static <T> T proxy(Class<T> api, SubmittedFile file, String errors) {
        String message = file.fileName() + " did not compile, so this test of it cannot run:\n" + errors;
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "student " + file.className() + " (did not compile)";
                };
            }
            throw new Failure(message);
        }));
    }

    /** A student failure, so that it is shown as it is even where a test expected another exception. */
    static final class Failure extends StudentFailure {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, List.of());
        }
    }
}
