package nngrader.batch;

import nngrader.report.ResultsFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a batch (or of a merge):
 *
 * <pre>
 * OUT/batch.json                       what the last batch run graded ({@link BatchManifest})
 * OUT/summary.csv                      one row per submission
 * OUT/report.md                        statistics and plots
 * OUT/plots/scores.png, pass-rates.png
 * OUT/submissions/ID/results.json      the submission's results, in the batch's format
 * OUT/submissions/ID/record.json       who, total and each test's score, whatever the format
 * OUT/submissions/ID/grader.log        what its grader printed
 * </pre>
 */
public record BatchFolder(Path root) {
    public static final String RECORD = "record.json";
    public static final String MANIFEST = "batch.json";

    public Path manifest() {
        return root.resolve(MANIFEST);
    }

    /**
     * Makes the folder, readable by its owner only (mode 700, as are {@code submissions/} and each
     * submission's folder): grades are private, and student code that a grading runs on this machine
     * (as another user) must not read classmates' results.
     *
     * @throws BatchInputException in one sentence when it cannot, e.g. it names a file
     */
    public void create() throws BatchInputException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new BatchInputException("the output folder " + root + " is a file, not a folder.");
        }
        try {
            ownerOnly(Files.createDirectories(root));
            ownerOnly(Files.createDirectories(submissions()));
        } catch (IOException e) {
            throw new BatchInputException("cannot make the output folder " + root + ": " + IoProblem.describe(e) + ".");
        }
    }

    /**
     * The names a results file of a format other than {@code format} takes ({@code results.md} beside a
     * {@code results.json}): left by a run in another format, it is stale.
     */
    public static List<String> otherResultsFiles(ResultsFormat format) {
        return Arrays.stream(ResultsFormat.values()).map(ResultsFormat::fileName)
                .filter(name -> !name.equals(format.fileName())).distinct().toList();
    }

    /** Makes {@code folder} (a submission's, or the output folder) readable and writable by its owner only. */
    public static Path ownerOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    public Path submissions() {
        return root.resolve("submissions");
    }

    public Path submission(String id) {
        return submissions().resolve(id);
    }

    public Path record(String id) {
        return submission(id).resolve(RECORD);
    }

    /** {@code results.json}, or {@code results.md} for a Markdown report. */
    public Path results(String id, ResultsFormat format) {
        return submission(id).resolve(format.fileName());
    }

    public Path summaryCsv() {
        return root.resolve("summary.csv");
    }

    public Path reportMd() {
        return root.resolve("report.md");
    }

    public Path plots() {
        return root.resolve("plots");
    }

    /** The ids of every submission folder that holds a record, sorted. */
    public List<String> recordedIds() throws IOException {
        if (!Files.isDirectory(submissions())) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> folders = Files.list(submissions())) {
            for (Path folder : folders.sorted().toList()) {
                if (Files.isRegularFile(folder.resolve(RECORD))) {
                    ids.add(folder.getFileName().toString());
                }
            }
        }
        return ids;
    }
}
