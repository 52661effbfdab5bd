package nngrader.run;

import nngrader.api.Visibility;

import java.util.List;
import java.util.Set;

/**
 * How one hidden test went, as data for the report stage.
 *
 * @param number         the test's number, e.g. {@code 2.3}
 * @param name           its display name
 * @param score          points earned
 * @param maxScore       points it is worth
 * @param passed         it returned normally with full credit
 * @param failure        why it failed or did not run, in words for the student; null when it passed
 * @param notes          lines the test added through {@code Grade.note}
 * @param studentOutput  what the student's code printed during the test (capped), maybe empty
 * @param visibility     when students see it
 * @param tags           JUnit tags
 * @param studentClasses the student classes the test called
 * @param leaderboard    leaderboard columns it reported
 * @param exhibits       what formats that can show more show beside the text: the hint, a table, plots
 */
public record TestOutcome(String number, String name, double score, double maxScore, boolean passed,
                          String failure, List<String> notes, String studentOutput,
                          Visibility.Level visibility, List<String> tags, Set<String> studentClasses,
                          List<LeaderboardEntry> leaderboard, Exhibits exhibits) {

    public TestOutcome {
        exhibits = exhibits == null ? Exhibits.NONE : exhibits;
    }

    /** An outcome with nothing beside its text. */
    public TestOutcome(String number, String name, double score, double maxScore, boolean passed, String failure,
                       List<String> notes, String studentOutput, Visibility.Level visibility, List<String> tags,
                       Set<String> studentClasses, List<LeaderboardEntry> leaderboard) {
        this(number, name, score, maxScore, passed, failure, notes, studentOutput, visibility, tags, studentClasses,
                leaderboard, Exhibits.NONE);
    }
}
