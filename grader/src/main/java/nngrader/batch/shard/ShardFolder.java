package nngrader.batch.shard;

import nngrader.batch.BatchFolder;
import nngrader.batch.BatchInputException;
import nngrader.batch.BatchManifest;
import nngrader.batch.IoProblem;
import nngrader.batch.RecordFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A batch's output folder as {@code grader merge} is given it, with the {@link BatchManifest} of its last run.
 *
 * @param path     the folder, as the user named it (messages name it so)
 * @param manifest what its last batch run graded
 */
public record ShardFolder(Path path, BatchManifest manifest) {

    /** @throws BatchInputException when it is not a batch's folder, or its batch did not finish */
    public static ShardFolder read(Path path) throws BatchInputException {
        BatchFolder folder = new BatchFolder(path);
        if (!Files.isDirectory(path)) {
            throw new BatchInputException("the shard folder " + path + " does not exist.");
        }
        if (!Files.isRegularFile(folder.manifest())) {
            boolean graded;
            try {
                graded = !folder.recordedIds().isEmpty();
            } catch (IOException e) {
                graded = false;
            }
            throw new BatchInputException(graded
                    ? path + " has no " + BatchFolder.MANIFEST + " to check it by (an older grader batch wrote it);"
                    + " run its batch again."
                    : path + " is not the --out folder of a grader batch (it has no " + BatchFolder.MANIFEST + ").");
        }
        BatchManifest manifest;
        try {
            manifest = RecordFiles.readManifest(folder.manifest());
        } catch (IOException e) {
            throw new BatchInputException("cannot read " + folder.manifest() + ": " + IoProblem.describe(e) + ".");
        }
        if (!manifest.finished()) {
            throw new BatchInputException("the batch in " + path + " did not finish (it was stopped, or is still"
                    + " grading); run it again.");
        }
        return new ShardFolder(path, manifest);
    }

    public BatchFolder folder() {
        return new BatchFolder(path);
    }

    public Shard shard() {
        return manifest.slice();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
