package nngrader.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which sources are newer than their classes: each source against its own class file, as git
 * checkouts give sources any time, and nothing for a class path without sources (a bundle).
 */
class StaleSourcesTest {
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aBuildWhoseClassesAreNewerThanTheirSourcesIsFresh() throws IOException {
        Path hw = module("hw");
        source(hw, "p/grading/Tests.java", 0);
        compiled(hw, "p/grading/Tests.class", 10);
        compiled(hw, "p/grading/Tests$Inner.class", 10);

        assertEquals(Optional.empty(), find(hw));
    }

    @Test
    void aSourceEditedAfterItsClassWasCompiledIsNamedWithTheCommandToRebuild() throws IOException {
        Path hw = module("hw");
        source(hw, "p/grading/Old.java", 0);
        compiled(hw, "p/grading/Old.class", 10);
        Path edited = source(hw, "p/grading/Tests.java", 20);
        compiled(hw, "p/grading/Tests.class", 10);

        assertEquals(edited + " is newer than its compiled class, so the compiled hidden suite or reference is out of"
                + " date; rebuild first: mvn -B -q -DskipTests package", find(hw).orElseThrow().sentence());
    }

    @Test
    void theNewestOfSeveralStaleSourcesIsNamedAndTheOthersCounted() throws IOException {
        Path hw = module("hw");
        Path reference = module("reference");
        source(hw, "p/grading/Tests.java", 20);
        compiled(hw, "p/grading/Tests.class", 10);
        Path newest = source(reference, "p/Solution.java", 30);
        compiled(reference, "p/Solution.class", 10);
        source(reference, "p/Added.java", 25);     // never compiled

        StaleSources.Stale stale = find(hw, reference).orElseThrow();

        assertEquals(newest, stale.newest());
        assertEquals(3, stale.count());
        assertEquals(newest + " is newer than its compiled class (as are 2 other sources), so the compiled hidden"
                + " suite or reference is out of date; rebuild first: mvn -B -q -DskipTests package", stale.sentence());
    }

    @Test
    void eachSourceIsComparedWithItsOwnClassNotWithTheNewestFileOfTheBuild() throws IOException {
        Path hw = module("hw");
        // a checkout gave A.java a later time than B.class, but both were compiled after their sources changed
        source(hw, "p/A.java", 20);
        compiled(hw, "p/A.class", 30);
        source(hw, "p/B.java", 0);
        compiled(hw, "p/B.class", 5);
        // a file whose classes have other names counts as compiled when its package has a newer class
        source(hw, "p/Helpers.java", 0);

        assertEquals(Optional.empty(), find(hw));
    }

    @Test
    void aClassPathWithoutSourcesBesideItAsInABundleIsNeverStale() throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("bundle/classpath/1-hw/p"));
        Files.writeString(bundled.resolve("Tests.class"), "");
        Path built = module("reference");
        compiled(built, "p/Solution.class", 0);

        Suite suite = new Suite(List.of("p"), List.of(bundled.getParent(), built.resolve("target/classes")));
        assertEquals(Optional.empty(), new StaleSources().find(suite));
    }

    // ---- a module: <name>/src/main/java and <name>/target/classes ----------------------

    private Path module(String name) throws IOException {
        Path module = dir.resolve(name);
        Files.createDirectories(module.resolve("src/main/java"));
        Files.createDirectories(module.resolve("target/classes"));
        return module;
    }

    private static Path source(Path module, String file, int minutes) throws IOException {
        return file(module.resolve("src/main/java").resolve(file), minutes);
    }

    private static Path compiled(Path module, String file, int minutes) throws IOException {
        return file(module.resolve("target/classes").resolve(file), minutes);
    }

    private static Path file(Path path, int minutes) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, "");
        Files.setLastModifiedTime(path, FileTime.from(NOW.plusSeconds(60L * minutes)));
        return path;
    }

    private static Optional<StaleSources.Stale> find(Path... modules) {
        return new StaleSources().find(new Suite(List.of("p.grading"),
                List.of(modules).stream().map(m -> m.resolve("target/classes")).toList()));
    }
}
