package nngrader.batch.progress;

import nngrader.batch.SubmissionRecord;
import java.time.Duration;
import java.time.Instant;

/** How many submissions are done of how many, and how long the rest will take at the pace so far. */
final class ProgressCount {
    private final Instant started = Instant.now();
    private int total;
    private int done;
    private int skipped;
    private int notGraded;
    private int gradedSoFar;

    void start(int total) {
        this.total = total;
    }

    void add(SubmissionRecord record, boolean skipped) {
        done++;
        if (skipped) {
            this.skipped++;
        } else {
            gradedSoFar++;
        }
        if (record.scores().failedToGrade()) {
            notGraded++;
        }
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    /** {@code 12/100 done (3 skipped, 1 not graded), about 2 min left}. */
    String line() {
        StringBuilder s = new StringBuilder().append(done).append('/').append(total).append(" done");
        if (skipped > 0 || notGraded > 0) {
            s.append(" (");
            if (skipped > 0) {
                s.append(skipped).append(" already graded");
            }
            if (notGraded > 0) {
                s.append(skipped > 0 ? ", " : "").append(notGraded).append(" not gradable");
            }
            s.append(')');
        }
        if (gradedSoFar > 0 && done < total) {
            // skipped ones took no time: the pace is that of real gradings
            Duration each = Duration.between(started, Instant.now()).dividedBy(gradedSoFar);
            long left = each.multipliedBy(total - done).toSeconds();
            s.append(", about ").append(left >= 120 ? left / 60 + " min" : left + " s").append(" left");
        }
        return s.toString();
    }
}
