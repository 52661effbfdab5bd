package nngrader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An assignment that loads and grades: one submitted file, demo/Hello.java, a template that compiles, and an
 * empty hidden suite (so every grading is quick and earns 0 / 0).
 */
final class HelloAssignment {

    private HelloAssignment() {
    }

    /** Writes it to {@code dir/hw}; its folder. */
    static Path write(Path dir) throws IOException {
        Path assignment = Files.createDirectories(dir.resolve("hw"));
        Path template = Files.createDirectories(assignment.resolve("template/demo"));
        Files.writeString(template.resolve("Greeter.java"), "package demo; public interface Greeter {}");
        Files.writeString(template.resolve("Hello.java"), "package demo; public class Hello implements Greeter {}");
        Files.createDirectories(assignment.resolve("target/classes"));
        Files.writeString(assignment.resolve("assignment.json"), """
                { "id": "hw",
                  "submit": [ { "file": "demo/Hello.java", "class": "demo.Hello", "implements": "demo.Greeter" } ],
                  "suite": { "packages": ["demo.grading"], "classPath": ["target/classes"] },
                  "template": "template" }
                """);
        return assignment;
    }
}
