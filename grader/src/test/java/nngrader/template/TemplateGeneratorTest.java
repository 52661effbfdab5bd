package nngrader.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateGeneratorTest {
    private final TemplateGenerator generator = new TemplateGenerator();

    @Test
    void generatesStubsCopiesTheRestAndDetectsDrift(@TempDir Path root) throws IOException {
        Path reference = root.resolve("reference");
        write(reference.resolve("src/main/java/p/A.java"), "class A {\n  int f() {\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n  }\n}\n");
        write(reference.resolve("src/main/java/p/Api.java"), "interface Api {}\n");
        write(reference.resolve("src/test/java/p/ATest.java"), "class ATest {}\n");
        write(reference.resolve("template/pom.xml"), "<project/>\n");
        write(reference.resolve("template/.github/workflows/classroom.yml"), "name: Autograding\n");
        write(reference.resolve("target/classes/p/A.class"), "binary");
        write(reference.resolve("pom.xml"), "<parent-pom/>\n");
        write(root.resolve("assignments/hw1/handout.md"), "# HW 1\n");
        write(root.resolve("assignments/hw1/assignment.json"), "{}");

        Map<String, byte[]> template = generator.generate(reference, root.resolve("assignments"));

        assertEquals(List.of(".github/workflows/classroom.yml", "handouts/hw1.md", "pom.xml", "src/main/java/p/A.java", "src/main/java/p/Api.java",
                "src/test/java/p/ATest.java"), List.copyOf(template.keySet()));
        assertTrue(new String(template.get("src/main/java/p/A.java"), StandardCharsets.UTF_8)
                .contains("throw new UnsupportedOperationException(\"TODO: not implemented yet\");"));

        Path out = root.resolve("student-template");
        write(out.resolve("stale.txt"), "old");
        generator.write(template, out);
        assertEquals(List.of(), generator.differences(template, out));

        write(out.resolve("src/main/java/p/A.java"), "class A { int f() { return 1; } }\n");
        write(out.resolve("extra.txt"), "x");
        Files.delete(out.resolve("pom.xml"));
        assertEquals(List.of("missing: pom.xml", "differs: src/main/java/p/A.java", "not generated: extra.txt"),
                generator.differences(template, out));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
