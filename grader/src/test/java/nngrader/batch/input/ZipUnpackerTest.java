package nngrader.batch.input;

import nngrader.batch.BrokenSubmissionException;
import nngrader.batch.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZipUnpackerTest {
    @TempDir
    Path dir;

    @Test
    void unpacksFoldersAndFiles() throws Exception {
        Path zip = Zips.of(dir.resolve("alice.zip"), Map.of("hw/src/Softmax.java", "class Softmax {}"));
        Path into = Files.createDirectories(dir.resolve("into"));
        new ZipUnpacker().unpack(zip, into);
        assertEquals("class Softmax {}", Files.readString(into.resolve("hw/src/Softmax.java")));
    }

    @Test
    void aPathOutsideTheFolderIsRefusedAndNothingIsWrittenThere() throws Exception {
        Path zip = Zips.of(dir.resolve("evil.zip"), Map.of("../../escaped.txt", "gotcha"));
        Path into = Files.createDirectories(dir.resolve("a/b"));
        BrokenSubmissionException e = assertThrows(BrokenSubmissionException.class, () -> new ZipUnpacker().unpack(zip, into));
        assertEquals("evil.zip holds a path outside its own folder: ../../escaped.txt", e.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", "x".repeat(1000));
        }
        Path zip = Zips.of(dir.resolve("big.zip"), entries);
        Path into = Files.createDirectories(dir.resolve("into"));
        assertEquals("big.zip holds more than 4 files.", assertThrows(BrokenSubmissionException.class,
                () -> new ZipUnpacker(4, 1 << 20).unpack(zip, into)).getMessage());
        assertTrue(assertThrows(BrokenSubmissionException.class,
                () -> new ZipUnpacker(100, 3000).unpack(zip, into)).getMessage().startsWith("big.zip unpacks to more than"));
    }

    @Test
    void aFileThatIsNotAZipSaysSo() throws Exception {
        Path zip = Files.writeString(dir.resolve("carol.zip"), "this is not a zip file at all");
        BrokenSubmissionException e = assertThrows(BrokenSubmissionException.class,
                () -> new ZipUnpacker().unpack(zip, Files.createDirectories(dir.resolve("into"))));
        assertEquals("carol.zip is empty or not a zip file.", e.getMessage());
    }

    @Test
    void aZipWhoseNamesAreInTheLegacyCodePageIsUnpackedWithThem() throws Exception {
        // a zip made by an older Windows tool names its files in code page 437, not UTF-8
        Path zip = dir.resolve("dave.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip),
                java.nio.charset.Charset.forName("IBM437"))) {
            out.putNextEntry(new java.util.zip.ZipEntry("hw/R\u00e9sum\u00e9/Softmax.java"));
            out.write("class Softmax {}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path into = Files.createDirectories(dir.resolve("into"));
        new ZipUnpacker().unpack(zip, into);
        assertEquals("class Softmax {}", Files.readString(into.resolve("hw/R\u00e9sum\u00e9/Softmax.java")));
    }
}
