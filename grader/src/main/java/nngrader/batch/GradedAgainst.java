package nngrader.batch;

import nngrader.assignment.Assignment;

import java.io.IOException;

/**
 * The assignment a batch grades against, as its records and {@code batch.json} name it.
 *
 * @param id          the assignment's id, e.g. {@code softmax-regression}
 * @param title       its title, for the report
 * @param fingerprint its {@link AssignmentFingerprint}: assignment.json, the compiled suite and reference, the template
 */
public record GradedAgainst(String id, String title, String fingerprint) {

    public static GradedAgainst of(Assignment assignment) throws IOException {
        return new GradedAgainst(assignment.id(), assignment.title(), AssignmentFingerprint.of(assignment));
    }
}
