package nngrader.report;

import nngrader.assignment.Feedback;
import nngrader.run.Exhibits;
import nngrader.run.LeaderboardEntry;
import nngrader.run.TestOutcome;
import nngrader.text.SafeText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a grading run found, ready to be written in any format. Every text in it is {@link
 * SafeText#clean clean} of control characters, whatever stage it came from, so that no format and no
 * terminal shows what student code put there to recolour, overwrite or reorder the text.
 *
 * @param title            what was graded, e.g. the assignment's title
 * @param summary          feedback about the submission as a whole (files found, compile errors), for the student
 * @param tests            each hidden test's outcome, in order
 * @param executionSeconds wall time of the run
 * @param failedToGrade    true when the grader itself could not finish (the score is then 0 and
 *                         the summary asks the student to contact the staff)
 * @param staffNotes       lines for the staff only, e.g. which sandbox protections are missing on this
 *                         machine: printed to the grader's stdout (which Gradescope shows only to the
 *                         staff) and in the Markdown report, never in what students see
 * @param feedback         the assignment's choice of markup and of who sees the grader's printed output
 * @param extraData        facts for the staff's records, kept with the results (Gradescope's {@code
 *                         extra_data}): the seed, timings, the grader's version
 * @param filesCompiled    whether every file was found and compiled; null when the grader did not get that far
 */
public record GradingReport(String title, String summary, List<TestOutcome> tests, double executionSeconds,
                            boolean failedToGrade, List<String> staffNotes, Feedback feedback,
                            Map<String, Object> extraData, Boolean filesCompiled) {

    public GradingReport {
        title = SafeText.clean(title);
        summary = SafeText.clean(summary);
        tests = tests.stream().map(GradingReport::clean).toList();
        staffNotes = staffNotes.stream().map(SafeText::clean).toList();
        feedback = feedback == null ? Feedback.DEFAULT : feedback;
        extraData = Collections.unmodifiableMap(new LinkedHashMap<>(extraData));
    }

    /** A report in the default markup, with no extra data. */
    public GradingReport(String title, String summary, List<TestOutcome> tests, double executionSeconds,
                         boolean failedToGrade, List<String> staffNotes) {
        this(title, summary, tests, executionSeconds, failedToGrade, staffNotes, Feedback.DEFAULT, Map.of(), null);
    }

    /** The same report, in the markup and stdout visibility the assignment chose. */
    public GradingReport withFeedback(Feedback feedback) {
        return new GradingReport(title, summary, tests, executionSeconds, failedToGrade, staffNotes, feedback, extraData,
                filesCompiled);
    }

    /** The same report, saying whether every file was found and compiled. */
    public GradingReport withFilesCompiled(boolean compiled) {
        return new GradingReport(title, summary, tests, executionSeconds, failedToGrade, staffNotes, feedback, extraData,
                compiled);
    }

    /** The same report with one more fact in its extra data (a later value of the same key replaces it). */
    public GradingReport withExtraData(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extraData);
        more.put(key, value);
        return new GradingReport(title, summary, tests, executionSeconds, failedToGrade, staffNotes, feedback, more,
                filesCompiled);
    }

    /** A report with no notes for the staff. */
    public GradingReport(String title, String summary, List<TestOutcome> tests, double executionSeconds,
                         boolean failedToGrade) {
        this(title, summary, tests, executionSeconds, failedToGrade, List.of());
    }

    /** The same report with one more line for the staff, before the others. */
    public GradingReport withStaffNote(String note) {
        List<String> notes = new ArrayList<>();
        notes.add(note);
        notes.addAll(staffNotes);
        return new GradingReport(title, summary, tests, executionSeconds, failedToGrade, notes, feedback, extraData,
                filesCompiled);
    }

    private static TestOutcome clean(TestOutcome t) {
        return new TestOutcome(t.number(), SafeText.clean(t.name()), t.score(), t.maxScore(), t.passed(),
                SafeText.clean(t.failure()), t.notes().stream().map(SafeText::clean).toList(),
                SafeText.clean(t.studentOutput()), t.visibility(), t.tags(), t.studentClasses(), t.leaderboard(),
                new Exhibits(SafeText.clean(t.exhibits().hint()), t.exhibits().worst(), t.exhibits().charts()));
    }

    public double score() {
        return tests.stream().mapToDouble(TestOutcome::score).sum();
    }

    public double maxScore() {
        return tests.stream().mapToDouble(TestOutcome::maxScore).sum();
    }

    /** The leaderboard columns of all tests, a later test's value replacing an earlier one's of the same name. */
    public List<LeaderboardEntry> leaderboard() {
        Map<String, LeaderboardEntry> byName = new LinkedHashMap<>();
        tests.forEach(t -> t.leaderboard().forEach(e -> byName.put(e.name(), e)));
        return List.copyOf(byName.values());
    }

    /**
     * A report for a run that could not grade at all: score 0, and a summary that tells the student
     * it is not their fault and the staff what went wrong.
     */
    public static GradingReport failed(String title, String forTheStaff, double executionSeconds) {
        return new GradingReport(title, "The autograder could not grade this submission. This is not your fault: "
                + "please tell the course staff.\n\n(for the staff) " + forTheStaff, List.of(), executionSeconds, true);
    }
}
