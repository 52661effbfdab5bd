package nngrader.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Locale;

import nngrader.assignment.SubmittedFile;
import nngrader.locate.LocateProblem.Kind;

/**
 * Reads the chosen candidate of a wanted file: refuses links, oversized and binary files, decodes the rest.
 */
final class CandidateReader {

    /** The outcome: exactly one of file and problem is set. */
    record Read(LocatedFile file, LocateProblem problem) {
    }

    private final long maxBytes;
    private final SourceDecoder decoder = new SourceDecoder();

    CandidateReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Read read(SubmittedFile wanted, Candidate candidate) {
        String shown = candidate.relativePath();
        if (candidate.symbolicLink()) {
            return problem(wanted, Kind.SYMBOLIC_LINK, shown + " is a symbolic link; submit the file itself");
        }
        if (candidate.size() > maxBytes) {
            return tooLarge(wanted, shown, candidate.size());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(candidate.path(), LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
        } catch (IOException | SecurityException e) {
            return problem(wanted, Kind.UNREADABLE, shown + " could not be read; submit it again");
        }
        if (bytes.length > maxBytes) {
            return tooLarge(wanted, shown, bytes.length);
        }
        return decoder.decode(bytes, shown)
                .map(d -> new Read(new LocatedFile(wanted, shown, d.source(), d.notes()), null))
                .orElseGet(() -> problem(wanted, Kind.BINARY,
                        shown + " is not a text file (it contains NUL bytes); submit the .java source file"));
    }

    private Read tooLarge(SubmittedFile wanted, String shown, long size) {
        return problem(wanted, Kind.TOO_LARGE, String.format(Locale.ROOT,
                "%s is too large (%s; the limit is %s); submit the source file itself",
                shown, megabytes(size), megabytes(maxBytes)));
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.2f MB", bytes / (1024.0 * 1024.0));
    }

    private static Read problem(SubmittedFile wanted, Kind kind, String message) {
        return new Read(null, new LocateProblem(wanted, kind, message));
    }
}
