package nngrader.locate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import nngrader.assignment.SubmittedFile;

/**
 * Chooses, among the files named like a wanted file, the one to use.
 * <ol>
 *   <li>copies under a build-output or VCS folder ({@code target}, {@code build}, {@code out}, {@code bin}, ...)
 *       are ignored;</li>
 *   <li>copies under a {@code test} folder are ignored when another copy exists;</li>
 *   <li>a copy whose path ends with the full wanted path ({@code .../nn/softmax/Softmax.java}) beats one that
 *       does not;</li>
 *   <li>more than one equally good copy is ambiguous, and none is used.</li>
 * </ol>
 * Folder names are only judged in the part of a path above the package folders, so a package
 * {@code nn.build} is not mistaken for build output.
 */
final class CandidateRanker {

    static final Set<String> IGNORED_FOLDERS =
            Set.of("target", "build", "out", "bin", ".git", ".svn", ".hg", "node_modules", "__MACOSX");
    static final String TEST_FOLDER = "test";

    /** The outcome for one wanted file: exactly one of chosen, ambiguous or none. */
    record Ranking(Candidate chosen, List<Candidate> ambiguous, List<Candidate> ignored) {

        boolean found() {
            return chosen != null;
        }

        boolean isAmbiguous() {
            return !ambiguous.isEmpty();
        }
    }

    Ranking rank(SubmittedFile wanted, List<Candidate> candidates) {
        List<String> wantedFolders = folders(wanted.file());
        List<Candidate> ignored = candidates.stream()
                .filter(c -> above(c, wantedFolders).stream().anyMatch(IGNORED_FOLDERS::contains))
                .sorted(byPath())
                .toList();
        List<Candidate> left = candidates.stream().filter(c -> !ignored.contains(c)).toList();
        left = preferIfAny(left, c -> !above(c, wantedFolders).contains(TEST_FOLDER));
        left = preferIfAny(left, c -> c.relativePath().equals(wanted.file())
                || c.relativePath().endsWith("/" + wanted.file()));
        left = left.stream().sorted(byPath()).toList();
        if (left.size() == 1) {
            return new Ranking(left.get(0), List.of(), ignored);
        }
        return new Ranking(null, left, ignored);
    }

    private static List<Candidate> preferIfAny(List<Candidate> candidates, Predicate<Candidate> better) {
        List<Candidate> preferred = candidates.stream().filter(better).toList();
        return preferred.isEmpty() ? candidates : preferred;
    }

    /**
     * The folders of a candidate's path above the ones it shares, at its end, with the wanted path:
     * for {@code repo/src/test/java/nn/softmax/Softmax.java} and {@code nn/softmax/Softmax.java} these are
     * {@code repo, src, test, java}.
     */
    private static List<String> above(Candidate candidate, List<String> wantedFolders) {
        List<String> folders = folders(candidate.relativePath());
        int end = folders.size();
        int wantedEnd = wantedFolders.size();
        while (end > 0 && wantedEnd > 0 && folders.get(end - 1).equals(wantedFolders.get(wantedEnd - 1))) {
            end--;
            wantedEnd--;
        }
        return folders.subList(0, end);
    }

    private static List<String> folders(String path) {
        List<String> segments = Arrays.asList(path.split("/"));
        return segments.subList(0, segments.size() - 1);
    }

    private static Comparator<Candidate> byPath() {
        return Comparator.comparing(Candidate::relativePath);
    }
}
