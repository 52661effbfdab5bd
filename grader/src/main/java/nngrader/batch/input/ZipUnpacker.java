package nngrader.batch.input;

import nngrader.batch.BatchFolder;
import nngrader.batch.BrokenSubmissionException;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a submitted zip into a scratch folder, safely: no entry may land outside the folder
 * ({@code ../}, absolute paths), and the number of entries and the bytes actually written are capped
 * (a zip bomb's headers lie about sizes, so the count is of what was inflated). Symbolic links are
 * never made: {@link ZipInputStream} writes a link entry as a small file holding its target.
 */
public final class ZipUnpacker {
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    private final int maxEntries;
    private final long maxBytes;

    public ZipUnpacker() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES);
    }

    public ZipUnpacker(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /**
     * Entry names are read as UTF-8 and, when they are not UTF-8 (zips made by older Windows tools),
     * as the zip format's own legacy encoding, code page 437.
     *
     * @throws BrokenSubmissionException when the zip is not a zip, is unsafe, or is too large
     */
    public void unpack(Path zip, Path into) throws BrokenSubmissionException {
        try {
            unpack(zip, into, StandardCharsets.UTF_8);
        } catch (BrokenSubmissionException notUtf8) {
            if (!(notUtf8.getCause() instanceof IllegalArgumentException)) {
                throw notUtf8;
            }
            ScratchFolder.delete(into);
            try {
                BatchFolder.ownerOnly(Files.createDirectories(into)); // made again: as owner-only as the first
            } catch (IOException e) {
                throw new BrokenSubmissionException(zip.getFileName() + " could not be unpacked: " + e.getMessage());
            }
            unpack(zip, into, Charset.forName("IBM437"));
        }
    }

    private void unpack(Path zip, Path into, Charset names) throws BrokenSubmissionException {
        String name = zip.getFileName().toString();
        Path root = into.toAbsolutePath().normalize();
        int entries = 0;
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), names)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new BrokenSubmissionException(name + " holds more than " + maxEntries + " files.");
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new BrokenSubmissionException(name + " holds a path outside its own folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        written += n;
                        if (written > maxBytes) {
                            throw new BrokenSubmissionException(name + " unpacks to more than "
                                    + maxBytes / (1024 * 1024) + " MB.");
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new BrokenSubmissionException(name + " is not a readable zip file (" + e.getMessage() + ").");
        } catch (IOException e) {
            throw new BrokenSubmissionException(name + " could not be unpacked: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // an entry name that is not UTF-8, or not a path on this system (e.g. holds a NUL)
            throw new BrokenSubmissionException(name + " holds a file name that cannot be read (" + e.getMessage()
                    + ").", e);
        }
        if (entries == 0) {
            throw new BrokenSubmissionException(name + " is empty or not a zip file.");
        }
    }
}
