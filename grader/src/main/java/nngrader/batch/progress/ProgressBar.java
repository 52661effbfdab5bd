package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import java.io.PrintWriter;

/** A progress bar redrawn in place with a carriage return: {@code [#######.............] 12/100 done, about 2 min left}. */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintWriter out;
    private final ProgressCount count = new ProgressCount();
    private int lastLength;

    ProgressBar(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void started(int total, int alreadyGraded) {
        count.start(total);
        if (alreadyGraded > 0) {
            // the bar would fill at once with what is skipped: say first how much is left to grade
            out.println(Progress.announcement(total, alreadyGraded));
        }
        draw();
    }

    @Override
    public synchronized void finished(SubmissionRecord record, boolean skipped) {
        count.add(record, skipped);
        draw();
    }

    @Override
    public synchronized void done() {
        out.println();
    }

    private void draw() {
        int filled = count.total() == 0 ? WIDTH : WIDTH * count.done() / count.total();
        String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + count.line();
        // pad with spaces over what a longer previous line left behind
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }
}
