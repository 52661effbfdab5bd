package nngrader.report;

import nngrader.api.Grade;
import nngrader.api.Visibility;
import nngrader.run.LeaderboardEntry;
import nngrader.run.TestOutcome;

import java.util.List;
import java.util.Set;

/** Outcomes of the kinds a report must show: passed, failed with output, partial, hidden, not run. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static TestOutcome passed() {
        return new TestOutcome("1.1", "sigmoid(0) = 0.5", 2, 2, true, null, List.of(), "",
                Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
    }

    static TestOutcome failedWithOutput() {
        return new TestOutcome("1.2", "softmax | stable", 0, 3, false, "expected 0.5 but was NaN\n```java\nz = 1000```",
                List.of(), "debug line\n", Visibility.Level.VISIBLE, List.of("stability"), Set.of(), List.of());
    }

    static TestOutcome partial() {
        return new TestOutcome("2.1", "accuracy", 0.1 + 0.2, 1, false, null, List.of("test accuracy 0.83"), "",
                Visibility.Level.VISIBLE, List.of(), Set.of(),
                List.of(new LeaderboardEntry("accuracy", 0.83, Grade.Order.DESCENDING)));
    }

    static TestOutcome hiddenFailure() {
        return new TestOutcome("3.1", "gradient on random inputs", 0, 4, false,
                "gradient differs at W[2][1]: expected 0.125 for x = [3, 1]", List.of(), "secret-ish print\n",
                Visibility.Level.AFTER_PUBLISHED, List.of(), Set.of(), List.of());
    }

    static TestOutcome notRun() {
        return new TestOutcome("4.1", "training", 0, 5, false, "not run: time budget exhausted", List.of(), "",
                Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
    }

    /** 2.3 of 15 points. */
    static GradingReport mixed() {
        return new GradingReport("HW 1", "Your files:\n  nn/softmax/Softmax.java: compiled",
                List.of(passed(), failedWithOutput(), partial(), hiddenFailure(), notRun()), 1.234, false);
    }
}
