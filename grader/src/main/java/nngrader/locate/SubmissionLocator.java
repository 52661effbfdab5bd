package nngrader.locate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nngrader.assignment.SubmittedFile;
import nngrader.locate.CandidateRanker.Ranking;
import nngrader.locate.LocateProblem.Kind;

/**
 * Finds each file a student must hand in, anywhere below the submission folder: uploaded flat, in a zip with a
 * top folder, or as a whole forked repository with copies under {@code src/test} and {@code target}. What
 * cannot be found or used becomes a {@link LocateProblem}; nothing here throws for a bad submission.
 */
public final class SubmissionLocator {

    /** Larger files are not source a student wrote. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final int MAX_LISTED = 10;

    private final CandidateRanker ranker = new CandidateRanker();
    private final CandidateReader reader = new CandidateReader(MAX_FILE_BYTES);

    /** Locates {@code wanted} below {@code submissionDir}; a missing, unreadable or empty folder gives problems. */
    public LocatedSubmission locate(Path submissionDir, List<SubmittedFile> wanted) {
        Path root = submissionDir.toAbsolutePath().normalize();
        Optional<SubmissionTree> tree = scan(root, wanted);
        if (tree.isEmpty()) {
            return new LocatedSubmission(root, List.of(), wanted.stream()
                    .map(w -> new LocateProblem(w, Kind.UNREADABLE, w.fileName()
                            + " could not be read: the submission folder is missing or unreadable; expected "
                            + w.file()))
                    .toList());
        }
        var files = new ArrayList<LocatedFile>();
        var problems = new ArrayList<LocateProblem>();
        for (SubmittedFile w : wanted) {
            Ranking ranking = ranker.rank(w, tree.get().named(w.fileName()));
            if (ranking.found()) {
                CandidateReader.Read read = reader.read(w, ranking.chosen());
                if (read.file() != null) {
                    files.add(read.file());
                } else {
                    problems.add(read.problem());
                }
            } else if (ranking.isAmbiguous()) {
                problems.add(new LocateProblem(w, Kind.AMBIGUOUS, ambiguous(w, ranking.ambiguous())));
            } else {
                problems.add(new LocateProblem(w, Kind.MISSING, missing(w, tree.get(), ranking.ignored())));
            }
        }
        return new LocatedSubmission(root, files, problems);
    }

    private static Optional<SubmissionTree> scan(Path root, List<SubmittedFile> wanted) {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            return Optional.empty();
        }
        Set<String> names = wanted.stream().map(SubmittedFile::fileName).collect(Collectors.toSet());
        try {
            return Optional.of(SubmissionTree.scan(root.toRealPath(), names));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String ambiguous(SubmittedFile w, List<Candidate> candidates) {
        return w.fileName() + " was found " + candidates.size() + " times in your submission, so none was used: "
                + list(candidates) + "; submit only one, at " + w.file();
    }

    private static String missing(SubmittedFile w, SubmissionTree tree, List<Candidate> ignored) {
        var message = new StringBuilder(w.fileName()).append(" was not found in your submission");
        if (tree.isEmpty()) {
            message.append(" (it is empty)");
        }
        message.append("; expected ").append(w.file());
        List<Candidate> otherCase = tree.namedIgnoringCase(w.fileName());
        if (!otherCase.isEmpty()) {
            message.append(". Found ").append(list(otherCase))
                    .append(", but file names are case-sensitive");
        }
        if (!tree.archives().isEmpty()) {
            message.append(". Found ").append(list(tree.archives()))
                    .append(", but an archive inside a submission is not unpacked: hand in the .java files themselves");
        }
        if (!ignored.isEmpty()) {
            message.append(". Copies in build-output or version-control folders are not used: ")
                    .append(list(ignored));
        }
        if (tree.truncated()) {
            message.append(". Only the first ").append(SubmissionTree.MAX_ENTRIES)
                    .append(" entries of your submission were searched");
        }
        return message.toString();
    }

    private static String list(List<Candidate> candidates) {
        String shown = candidates.stream().limit(MAX_LISTED).map(Candidate::relativePath)
                .collect(Collectors.joining(", "));
        return candidates.size() > MAX_LISTED
                ? shown + " and " + (candidates.size() - MAX_LISTED) + " more"
                : shown;
    }
}
