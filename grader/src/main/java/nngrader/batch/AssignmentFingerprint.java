package nngrader.batch;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SHA-256 of what a submission is graded against: the assignment's id, its {@code assignment.json},
 * every file on the suite's class path (the compiled hidden suite and reference) and the template
 * sources submissions are compiled over. A batch skips a submission only when its record was graded
 * against the same fingerprint, so an edited assignment or a rebuilt suite grades everything again.
 *
 * <p>It hashes contents, not times: it is computed once per batch run (a few hundred class files take
 * milliseconds), and the shards of one regrade, each built on a machine of its own, must agree on it
 * for {@code grader merge} to accept them.
 */
public final class AssignmentFingerprint {
    private AssignmentFingerprint() {
    }

    public static String of(Assignment assignment) throws IOException {
        Sha256 digest = new Sha256().text(assignment.id()).file(assignment.directory().resolve(AssignmentLoader.FILE_NAME));
        List<Path> roots = new ArrayList<>(assignment.suite().classPath());
        roots.add(assignment.template());
        for (Path root : roots) {
            digest.text("root").path(root);
        }
        return digest.hex();
    }
}
