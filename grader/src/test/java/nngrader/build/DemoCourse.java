package nngrader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nngrader.assignment.SubmittedFile;

/**
 * A tiny course for the compiler's tests: an API interface {@code demo.Greeter}, stubs {@code demo.Hello} and
 * {@code demo.Bye} that students complete, a given utility {@code demo.Util} and a given {@code demo.Demo}
 * that uses {@code Hello}.
 */
final class DemoCourse {

    static final SubmittedFile HELLO = new SubmittedFile("demo/Hello.java", "demo.Hello", "demo.Greeter");
    static final SubmittedFile BYE = new SubmittedFile("demo/Bye.java", "demo.Bye", "demo.Greeter");
    static final List<SubmittedFile> SUBMIT = List.of(HELLO, BYE);

    static final String GREETER = """
            package demo;

            /** The API. */
            public interface Greeter {
                String greet(String name);
            }
            """;
    static final String HELLO_STUB = """
            package demo;

            public class Hello implements Greeter {
                @Override
                public String greet(String name) {
                    throw new UnsupportedOperationException("TODO: greet");
                }
            }
            """;
    static final String BYE_STUB = HELLO_STUB.replace("Hello", "Bye");
    static final String UTIL = """
            package demo;

            /** Given to students. */
            public final class Util {
                private Util() {
                }

                public static String shout(String s) {
                    return s.toUpperCase() + "!";
                }
            }
            """;
    static final String DEMO = """
            package demo;

            /** Given: try your Hello. */
            public final class Demo {
                public static void main(String[] args) {
                    System.out.println(new Hello().greet("world"));
                }
            }
            """;

    static final String HELLO_SOLVED = """
            package demo;

            public class Hello implements Greeter {
                @Override
                public String greet(String name) {
                    return Util.shout("hello " + name);
                }
            }
            """;
    static final String BYE_SOLVED = """
            package demo;

            public class Bye implements Greeter {
                @Override
                public String greet(String name) {
                    return "bye " + name;
                }
            }
            """;

    private DemoCourse() {
    }

    /** Writes the template tree below {@code root} and returns it. */
    static TemplateSources template(Path root) {
        write(root, "demo/Greeter.java", GREETER);
        write(root, "demo/Hello.java", HELLO_STUB);
        write(root, "demo/Bye.java", BYE_STUB);
        write(root, "demo/Util.java", UTIL);
        write(root, "demo/Demo.java", DEMO);
        return new TemplateSources(root);
    }

    static Path write(Path root, String path, String text) {
        return write(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calls {@code greet(name)} on a fresh instance of the compiled class, loaded from {@code classesDir} alone,
     * and returns the greeting or the exception's class and message ("UnsupportedOperationException: TODO: greet"
     * means the stub was compiled; {@link SubmissionCompilerTest#STAND_IN} a stand-in, which needs the worker).
     */
    static String greet(Path classesDir, String className, String name) throws Exception {
        try (var loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type;
            Object greeter;
            try {
                type = loader.loadClass(className);
                greeter = type.getConstructor().newInstance();
            } catch (NoClassDefFoundError | InvocationTargetException e) {
                Throwable missing = e instanceof InvocationTargetException ? e.getCause() : e;
                if (missing instanceof NoClassDefFoundError
                        && String.valueOf(missing.getMessage()).equals("nngrader/sandbox/worker/Forwarded")) {
                    return SubmissionCompilerTest.STAND_IN;
                }
                throw e;
            }
            try {
                return (String) type.getMethod("greet", String.class).invoke(greeter, name);
            } catch (InvocationTargetException e) {
                return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
            }
        }
    }
}
