package nngrader.scratch;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grader stopped with SIGTERM (Ctrl-C, or batch stopping one that took too long) leaves no scratch folder. */
class ScratchFolderTest {

    /** Makes a scratch folder with a file in it, says where, and waits to be stopped. */
    public static final class HoldsScratch {
        public static void main(String[] args) throws Exception {
            Path scratch = ScratchFolder.create("nngrader-test-");
            Files.writeString(Files.createDirectories(scratch.resolve("classes")).resolve("A.class"), "compiled");
            System.out.println(scratch);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void aJvmStoppedWithSigtermRemovesItsScratchFolders() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldsScratch.class.getName()).redirectErrorStream(true).start();
        try {
            Path scratch = Path.of(new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))
                    .readLine());
            assertTrue(Files.isRegularFile(scratch.resolve("classes/A.class")), "the folder is there while it runs");

            jvm.destroy();
            assertTrue(jvm.waitFor(20, TimeUnit.SECONDS), "the JVM stops on SIGTERM");

            assertFalse(Files.exists(scratch), scratch + " is left behind");
        } finally {
            jvm.destroyForcibly();
        }
    }

    @Test
    void deleteRemovesTheFolderAndAllBelowIt() throws Exception {
        Path scratch = ScratchFolder.create("nngrader-test-");
        Files.writeString(Files.createDirectories(scratch.resolve("work/tmp")).resolve("out.txt"), "printed");
        ScratchFolder.delete(scratch);
        assertFalse(Files.exists(scratch));
    }

    @Test
    void aChainOfFoldersDeeperThanPathMaxIsRemoved() throws Exception {
        Path scratch = ScratchFolder.create("nngrader-test-");
        // built from the bottom up, with short paths: 41 names of 200 bytes are past PATH_MAX (4096)
        String name = "d".repeat(200);
        Path top = scratch.resolve(name);
        Path spare = scratch.resolve("spare");
        Files.createDirectory(top);
        for (int i = 0; i < 40; i++) {
            Files.createDirectory(spare);
            Files.move(top, spare.resolve(name));
            Files.move(spare, top);
        }
        ScratchFolder.delete(scratch);
        assertFalse(Files.exists(scratch));
    }

    @Test
    void removalsDeferredUntilTheResultsAreWrittenHappenThen() throws Exception {
        Path scratch = ScratchFolder.create("nngrader-test-");
        try (ScratchFolder.Deferral later = ScratchFolder.deferRemovals()) {
            ScratchFolder.delete(scratch);
            assertTrue(Files.exists(scratch), "still there until the deferral ends");
        }
        assertFalse(Files.exists(scratch));
    }
}
