package nngrader.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The official template source tree a submission is compiled over: API interfaces and records, given
 * utilities, and the stub of every file a student hands in (e.g. {@code student-template/src/main/java}).
 * It comes from the assignment bundle, never from the student.
 *
 * @param root the source root; {@code demo/Hello.java} below it is class {@code demo.Hello}
 */
public record TemplateSources(Path root) {

    public TemplateSources {
        Objects.requireNonNull(root, "root");
    }
}
