package nngrader.grade;

import nngrader.build.CompiledSubmission;
import nngrader.build.FileOutcome;
import nngrader.locate.LocatedFile;
import nngrader.locate.LocatedSubmission;

/**
 * The feedback about the submission as a whole: which file was used for what, and what did not
 * compile or was not found (the build's diagnostics carry the locate stage's reason).
 */
final class SubmissionSummary {
    private SubmissionSummary() {
    }

    static String of(LocatedSubmission located, CompiledSubmission compiled) {
        StringBuilder text = new StringBuilder("Your files:");
        for (FileOutcome outcome : compiled.files()) {
            String file = outcome.wanted().file();
            LocatedFile found = located.file(outcome.wanted()).orElse(null);
            text.append("\n  ").append(file).append(": ");
            switch (outcome.status()) {
                case COMPILED -> text.append("compiled (").append(found == null ? file : found.relativePath()).append(")");
                case FELL_BACK_TO_STUB -> text.append(compiled.standIns().contains(outcome.wanted())
                        ? "DID NOT COMPILE; its own tests fail, and where other files call it the reference solution"
                                + " answers, so their tests grade only them."
                        : "DID NOT COMPILE; its tests ran the template's stub and fail.");
                case NOT_SUBMITTED -> text.append("NOT USED; its tests ran the template's stub and fail.");
            }
            if (found != null) {
                found.notes().forEach(n -> text.append("\n      note: ").append(n));
            }
            if (outcome.diagnostics() != null && !outcome.diagnostics().isBlank()) {
                text.append("\n      ").append(outcome.diagnostics().strip().replace("\n", "\n      "));
            }
        }
        return text.toString();
    }
}
