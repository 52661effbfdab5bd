package nngrader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code grader template} and {@code --check}: what a course author reads, and the exit code CI checks. */
class TemplateCommandTest {
    @TempDir
    Path root;

    private record Run(int exit, String out, String err) {
    }

    private Run template(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[options.length + 7];
        args[0] = "template";
        args[1] = "--reference";
        args[2] = root.resolve("reference").toString();
        args[3] = "--assignments";
        args[4] = root.resolve("assignments").toString();
        args[5] = "--out";
        args[6] = root.resolve("student-template").toString();
        System.arraycopy(options, 0, args, 7, options.length);
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkNamesEachDifferenceUntilTheTemplateIsGeneratedAgain() throws IOException {
        write(root.resolve("reference/src/main/java/p/A.java"),
                "class A {\n  int f() {\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n  }\n}\n");
        write(root.resolve("reference/template/pom.xml"), "<project/>\n");
        write(root.resolve("assignments/hw1/handout.md"), "# HW 1\n");
        Path out = root.resolve("student-template");
        write(out.resolve("pom.xml"), "<project/>\n");
        write(out.resolve("src/main/java/p/A.java"), "class A { int f() { return 1; } }\n");
        write(out.resolve("src/main/java/p/Old.java"), "class Old {}\n");

        Run stale = template("--check");
        Run generated = template();
        Run current = template("--check");

        assertEquals(1, stale.exit(), stale.err());
        assertEquals(out + " differs from what `grader template` generates:\n"
                + "  missing: handouts/hw1.md\n"
                + "  differs: src/main/java/p/A.java\n"
                + "  not generated: src/main/java/p/Old.java\n"
                + "Run `grader template` to regenerate it.\n", stale.out().replace(System.lineSeparator(), "\n"));
        assertEquals(0, generated.exit(), generated.err());
        assertEquals("Wrote " + out + ": 3 changed, 1 unchanged:\n"
                + "  missing: handouts/hw1.md\n"
                + "  differs: src/main/java/p/A.java\n"
                + "  not generated: src/main/java/p/Old.java\n", generated.out().replace(System.lineSeparator(), "\n"));
        assertFalse(Files.exists(out.resolve("src/main/java/p/Old.java")), "removed");
        assertEquals(0, current.exit(), current.err());
        assertEquals(out + " is up to date (3 files).", current.out().strip());
        assertEquals(out + " was up to date (3 files); nothing changed.", template().out().strip());
        assertEquals("", stale.err() + generated.err() + current.err());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
