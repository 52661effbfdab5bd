package nngrader.grade;

import nngrader.build.CompiledSubmission;
import nngrader.build.FileOutcome;
import nngrader.run.TestOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells, under each failed test, when it ran a template stub because the student's file did not
 * compile or was not found — otherwise "not implemented yet" would puzzle a student who wrote it.
 */
final class BuildNotes {
    private BuildNotes() {
    }

    static List<TestOutcome> addTo(List<TestOutcome> tests, CompiledSubmission compiled) {
        List<TestOutcome> out = new ArrayList<>(tests.size());
        for (TestOutcome t : tests) {
            List<String> notes = new ArrayList<>(t.notes());
            if (!t.passed()) {
                for (FileOutcome f : compiled.files()) {
                    // a stand-in's own tests already fail with the compiler's errors
                    if (f.status() != FileOutcome.Status.COMPILED && !compiled.standIns().contains(f.wanted())
                            && t.studentClasses().contains(f.wanted().className())) {
                        notes.add(f.wanted().fileName() + (f.status() == FileOutcome.Status.FELL_BACK_TO_STUB
                                ? " did not compile" : " was not found in your submission")
                                + ", so this test ran the template's stub instead (see the top of this report).");
                    }
                }
            }
            out.add(notes.size() == t.notes().size() ? t : new TestOutcome(t.number(), t.name(), t.score(),
                    t.maxScore(), t.passed(), t.failure(), List.copyOf(notes), t.studentOutput(), t.visibility(),
                    t.tags(), t.studentClasses(), t.leaderboard()));
        }
        return out;
    }
}
