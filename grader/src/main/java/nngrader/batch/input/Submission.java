package nngrader.batch.input;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One submission of a class, before grading.
 *
 * @param id         its name in the submissions folder ({@code alice}, {@code bob.zip},
 *                   {@code submission_123456}), unique there; also its folder's name in the output
 * @param source     the folder or zip file that holds it
 * @param submitters who handed it in, when the folder says so (Gradescope's export); else empty
 */
public record Submission(String id, Path source, List<Submitter> submitters) {

    public Submission {
        submitters = List.copyOf(submitters);
    }

    public boolean isZip() {
        return id.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** The students' names, or the submission's id when nobody is named. */
    public String who() {
        String names = submitters.stream().map(Submitter::name).filter(n -> !n.isBlank())
                .collect(Collectors.joining("; "));
        return names.isEmpty() ? id : names;
    }
}
