package nngrader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A SHA-256 of a submission's files (paths and contents), so that a second batch run can tell a
 * submission it graded before from one that was handed in again under the same name.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** Of a zip file's bytes, or of every regular file below a folder; "missing" when there is neither. */
    public static String of(Path source) throws IOException {
        if (!Files.isRegularFile(source) && !Files.isDirectory(source)) {
            return "missing";
        }
        return new Sha256().path(source).hex();
    }
}
