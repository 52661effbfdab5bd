package nngrader.batch;

import nngrader.assignment.AssignmentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AssignmentFingerprintTest {
    @TempDir
    Path dir;

    /** An assignment whose suite is one class file in classes/ and whose template is one source. */
    static Path assignment(Path dir, String id) throws Exception {
        Path hw = Files.createDirectories(dir.resolve(id));
        Files.writeString(hw.resolve("assignment.json"), """
                { "id": "%s", "title": "Homework 1",
                  "submit": [ { "file": "p/Impl.java", "class": "p.Impl", "implements": "p.Api" } ],
                  "suite": { "packages": ["p.hidden"], "classPath": ["classes"] }, "template": "template" }
                """.formatted(id));
        Files.createDirectories(hw.resolve("classes/p/hidden"));
        Files.writeString(hw.resolve("classes/p/hidden/SuiteTest.class"), "points 2");
        Files.createDirectories(hw.resolve("template/p"));
        Files.writeString(hw.resolve("template/p/Impl.java"), "class Impl {}");
        return hw;
    }

    private String fingerprint(Path hw) throws Exception {
        return AssignmentFingerprint.of(new AssignmentLoader().load(hw));
    }

    @Test
    void aRebuiltSuiteAnEditedAssignmentOrTemplateChangeIt() throws Exception {
        Path hw = assignment(dir, "hw1");
        String first = fingerprint(hw);
        assertEquals(first, fingerprint(hw));

        Files.writeString(hw.resolve("classes/p/hidden/SuiteTest.class"), "points 50");
        String rebuilt = fingerprint(hw);
        assertNotEquals(first, rebuilt, "a rebuilt suite");

        Files.writeString(hw.resolve("assignment.json"), Files.readString(hw.resolve("assignment.json"))
                .replace("Homework 1", "Homework one"));
        String edited = fingerprint(hw);
        assertNotEquals(rebuilt, edited, "an edited assignment.json");

        Files.writeString(hw.resolve("template/p/Impl.java"), "class Impl { int x; }");
        assertNotEquals(edited, fingerprint(hw), "an edited template");
    }

    @Test
    void theSameBuildOnAnotherMachineOrTouchedLaterIsTheSame() throws Exception {
        String here = fingerprint(assignment(dir.resolve("machine-1"), "hw1"));
        Path there = assignment(dir.resolve("machine-2"), "hw1");
        try (Stream<Path> files = Files.walk(there)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
            }
        }
        assertEquals(here, fingerprint(there), "shards built on machines of their own agree");
    }
}
