package nngrader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.run.TestOutcome;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Keeps a results file under {@link #MAX_BYTES}, which Gradescope and PrairieLearn both want: with
 * every plot that fits its {@link ImageBudget} first; if that is too large, with no plots (their alt
 * text stays); if that is still too large, with what each test's code printed cut short.
 */
final class SizeCap {
    /** Both platforms take results files up to 1 MB. */
    static final int MAX_BYTES = 1_000_000;
    /** What is kept of each test's printed output when the whole file would be too large. */
    static final int CUT_OUTPUT_CHARS = 1_000;
    static final String CUT_NOTE = "\n[... cut to keep the results file small]";

    private SizeCap() {
    }

    /** @param build the file's JSON from an image budget and the outcomes to show */
    static byte[] bytes(ObjectMapper json, List<TestOutcome> tests,
                        BiFunction<ImageBudget, List<TestOutcome>, ObjectNode> build) throws JsonProcessingException {
        byte[] full = json.writeValueAsBytes(build.apply(ImageBudget.standard(), tests));
        if (full.length <= MAX_BYTES) {
            return full;
        }
        byte[] noPlots = json.writeValueAsBytes(build.apply(new ImageBudget(0), tests));
        if (noPlots.length <= MAX_BYTES) {
            return noPlots;
        }
        return json.writeValueAsBytes(build.apply(new ImageBudget(0), cutOutputs(tests)));
    }

    private static List<TestOutcome> cutOutputs(List<TestOutcome> tests) {
        return tests.stream().map(t -> t.studentOutput().length() <= CUT_OUTPUT_CHARS ? t
                : new TestOutcome(t.number(), t.name(), t.score(), t.maxScore(), t.passed(), t.failure(), t.notes(),
                        t.studentOutput().substring(0, CUT_OUTPUT_CHARS) + CUT_NOTE, t.visibility(), t.tags(),
                        t.studentClasses(), t.leaderboard(), t.exhibits())).toList();
    }
}
