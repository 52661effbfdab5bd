package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import nngrader.report.Scores;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    private static SubmissionRecord graded(String id, double score) {
        return new SubmissionRecord(id, "Softmax", List.of(), "f", "a", "GRADESCOPE",
                new Scores(score, 100, false, null, List.of()));
    }

    @Test
    void aLogGetsALinePerSubmissionNamingItsScore() {
        StringWriter text = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(text, true), false);
        progress.started(3, 0);
        progress.finished(graded("alice", 100), false);
        progress.finished(graded("bob", 87.5), true);
        progress.finished(new SubmissionRecord("carol.zip", "Softmax", List.of(), "f", "a", "GRADESCOPE",
                Scores.notGraded("carol.zip is empty or not a zip file.")), false);
        progress.done();

        List<String> lines = text.toString().lines().toList();
        assertEquals("grading 3 submissions", lines.get(0));
        assertTrue(lines.get(1).startsWith("1/3 done, about "), lines.get(1));
        assertTrue(lines.get(1).endsWith(" left; last: alice 100/100"), lines.get(1));
        assertTrue(lines.get(2).endsWith("; last: bob 87.5/100 (already graded)"), lines.get(2));
        assertEquals("3/3 done (1 already graded, 1 not gradable); last: carol.zip 0 (not gradable)", lines.get(3));
    }

    @Test
    void aSubmissionNamedWithControlsAndANewlineIsShownOnOneLineWithoutThem() {
        StringWriter text = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(text, true), false);
        progress.started(1, 0);
        progress.finished(graded("hw\n(for the staff) all good\u001b[2K\u202e", 0), false);
        progress.done();

        List<String> lines = text.toString().lines().toList();
        assertEquals(2, lines.size(), text.toString());
        assertEquals("1/1 done; last: hw\\n(for the staff) all good\\u001B[2K\\u202E 0/100", lines.get(1));
    }

    @Test
    void aResumedRunAnnouncesWhatItWillActuallyGrade() {
        StringWriter log = new StringWriter();
        Progress lines = Progress.on(new PrintWriter(log, true), false);
        lines.started(4, 4);
        StringWriter terminal = new StringWriter();
        Progress bar = Progress.on(new PrintWriter(terminal, true), true);
        bar.started(4, 3);

        assertEquals("4 submissions: 4 already graded, 0 to grade (--force grades them again)", log.toString().strip());
        assertTrue(terminal.toString().startsWith("4 submissions: 3 already graded, 1 to grade (--force grades them"
                + " again)\n\r["), terminal.toString());
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlace() {
        StringWriter text = new StringWriter();
        Progress progress = Progress.on(new PrintWriter(text, true), true);
        progress.started(2, 0);
        progress.finished(graded("alice", 100), false);
        progress.finished(graded("bob", 50), false);
        progress.done();

        String[] frames = text.toString().split("\r");
        assertEquals(4, frames.length, "nothing, then the bar at 0, 1 and 2 done: " + text);
        assertTrue(frames[1].startsWith("[" + ".".repeat(30) + "] 0/2 done"), frames[1]);
        assertTrue(frames[3].startsWith("[" + "#".repeat(30) + "] 2/2 done"), frames[3]);
        assertEquals(1, text.toString().chars().filter(c -> c == '\n').count(), "one line on the terminal");
    }
}
