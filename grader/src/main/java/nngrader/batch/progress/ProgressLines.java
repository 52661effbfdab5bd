package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import java.io.PrintWriter;
import nngrader.text.SafeText;

/**
 * Progress for a log rather than a terminal: a line each time another twentieth of the batch is done
 * (each submission, for up to 20), naming the submission that just finished.
 */
final class ProgressLines implements Progress {
    private final PrintWriter out;
    private final ProgressCount count = new ProgressCount();
    private int step = 1;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void started(int total, int alreadyGraded) {
        count.start(total);
        step = Math.max(1, total / 20);
        out.println(Progress.announcement(total, alreadyGraded));
    }

    @Override
    public synchronized void finished(SubmissionRecord record, boolean skipped) {
        count.add(record, skipped);
        if (count.done() % step == 0 || count.done() == count.total()) {
            // the name comes from a folder, a zip file or Gradescope's export: shown on one line, without controls
            out.println(count.line() + "; last: " + SafeText.escapedName(record.who()) + " " + record.scores().shown()
                    + (skipped ? " (already graded)" : ""));
        }
    }

    @Override
    public synchronized void done() {
        out.flush();
    }
}
