package nngrader.cds;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules that keep the worker's shared runtime and its archive safe: a copy is used only while no one but root
 * (or the grader's user) can have changed it and it holds the grader's own runtime; an archive only while it is
 * the size and age of its stamp.
 */
class SharedWorkerRuntimeTest {
    /**
     * Not below /tmp: a copy below a folder that others may write is never used. As root (CI, Gradescope) that is
     * /var/lib/nngrader, where the real copies go, since the checkout itself may be below /tmp; else target.
     */
    Path base;
    List<Path> runtime;

    @BeforeEach
    void aRuntimeOfAJarAndAFolder() throws IOException {
        Path parent = ClassDataSharing.root() ? Files.createDirectories(Path.of("/var/lib/nngrader"))
                : Path.of("target").toAbsolutePath();
        base = Files.createTempDirectory(parent, "shared-runtime-test-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(base.resolve("worker.jar"), "the worker's classes");
        Path classes = Files.createDirectories(base.resolve("classes/nn"));
        Files.writeString(classes.resolve("A.class"), "a class");
        runtime = List.of(jar, base.resolve("classes"));
    }

    @AfterEach
    void remove() throws IOException {
        try (Stream<Path> all = Files.walk(base)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anInstalledCopyIsFoundReadableByEveryoneWithItsRuntimeFirst() throws IOException {
        SharedWorkerRuntime installed = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        SharedWorkerRuntime found = SharedWorkerRuntime.find(runtime, base.resolve("cds")).orElseThrow();
        assertEquals(installed, found);
        assertEquals("the worker's classes", Files.readString(found.classPath().get(0)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(found.classPath().get(0))));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(found.classPath().get(1))));
        assertEquals(found.classPath().get(0).getParent().resolve("worker.jsa"), found.archive().file());
    }

    @Test
    void aCopyThatOthersCouldHaveChangedIsNotUsed() throws IOException {
        SharedWorkerRuntime installed = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        Files.setPosixFilePermissions(installed.classPath().get(0), PosixFilePermissions.fromString("rw-rw-r--"));
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isEmpty(), "a group-writable jar");

        Files.setPosixFilePermissions(installed.classPath().get(0), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(base.resolve("cds"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isEmpty(), "a world-writable folder above");

        Files.setPosixFilePermissions(base.resolve("cds"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(installed.classPath().get(1).resolve("link"), Path.of("/etc/passwd"));
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isEmpty(), "a link inside");
    }

    @Test
    void aCopyOfOtherBytesIsNotUsedAndInstallReplacesIt() throws IOException {
        SharedWorkerRuntime installed = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        Files.writeString(installed.classPath().get(1).resolve("nn/A.class"), "another class");
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isEmpty());

        SharedWorkerRuntime again = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        assertEquals("a class", Files.readString(again.classPath().get(1).resolve("nn/A.class")));
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isPresent());
    }

    @Test
    void aRebuiltRuntimeGetsAFolderOfItsOwn() throws IOException {
        SharedWorkerRuntime before = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        Files.writeString(runtime.get(0), "the worker's classes, rebuilt");
        assertTrue(SharedWorkerRuntime.find(runtime, base.resolve("cds")).isEmpty());
        SharedWorkerRuntime after = SharedWorkerRuntime.install(runtime, base.resolve("cds"));
        assertFalse(before.classPath().get(0).getParent().equals(after.classPath().get(0).getParent()));
    }

    @Test
    void anArchiveIsUsableOnlyWhileItMatchesItsStamp() throws IOException {
        ArchiveFile archive = new ArchiveFile(base.resolve("x.jsa"));
        assertFalse(archive.usable(), "missing");
        assertFalse(archive.seal(), "no JVM wrote one");

        Files.write(archive.unsealed(), new byte[4096]);
        assertTrue(archive.seal());
        assertTrue(archive.usable());
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.file()), archive.flags());

        archive.file().toFile().setWritable(true);
        Files.write(archive.file(), new byte[1000]);
        assertFalse(archive.usable(), "truncated");
        assertEquals(List.of(), archive.flags());

        archive.stamp().toFile().setWritable(true);
        Files.writeString(archive.stamp(), "garbage", StandardCharsets.US_ASCII);
        assertFalse(archive.usable(), "a stamp that is not one");
    }
}
