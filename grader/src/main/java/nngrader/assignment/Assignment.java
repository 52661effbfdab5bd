package nngrader.assignment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An assignment as {@code assignment.json} describes it, with every path resolved against the
 * assignment's folder.
 *
 * @param directory the assignment's folder
 * @param id        short name, e.g. {@code softmax-regression}
 * @param title     human title
 * @param submit    the files a student hands in
 * @param suite     the hidden suite
 * @param template  root of the official template sources (API and stubs) that submissions are compiled over
 * @param reference root of the reference sources (solutions), from which example submissions are made; may be null
 * @param limits    time and memory
 * @param feedback  how students see their feedback: markup and the grader's printed output
 */
public record Assignment(Path directory, String id, String title, List<SubmittedFile> submit, Suite suite,
                         Path template, Path reference, Limits limits, Feedback feedback) {

    /** The submitted file whose class implements the given API interface, if any. */
    public Optional<SubmittedFile> implementationOf(String interfaceName) {
        return submit.stream().filter(f -> f.implementsInterface().equals(interfaceName)).findFirst();
    }
}
