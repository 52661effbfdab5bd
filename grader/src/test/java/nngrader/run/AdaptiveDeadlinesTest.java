package nngrader.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule of {@link AdaptiveDeadlines}: min(L, max(2 s, L / 5, 10 × slowest pass)), after 2 timeouts. */
class AdaptiveDeadlinesTest {
    private static final Duration TEN = Duration.ofSeconds(10);

    @Test
    void limitsStayAsDeclaredUntilTheSecondTimeout() {
        AdaptiveDeadlines deadlines = new AdaptiveDeadlines(true);
        assertEquals(TEN, deadlines.limitFor(TEN));
        deadlines.timedOut();
        assertEquals(TEN, deadlines.limitFor(TEN), "one slow method costs its tests their full limits");
        deadlines.timedOut();
        assertEquals(Duration.ofSeconds(2), deadlines.limitFor(TEN), "then the floor, when nothing has passed");
    }

    @Test
    void theShortenedLimitKeepsAFifthOfALongLimit() {
        AdaptiveDeadlines deadlines = timedOutTwice();
        assertEquals(Duration.ofSeconds(3), deadlines.limitFor(Duration.ofSeconds(15)));
        assertEquals(Duration.ofSeconds(12), deadlines.limitFor(Duration.ofSeconds(60)));
    }

    @Test
    void theShortenedLimitGrowsWithTheSlowestPassingTest() {
        AdaptiveDeadlines deadlines = timedOutTwice();
        deadlines.passed(Duration.ofMillis(50));
        assertEquals(Duration.ofSeconds(2), deadlines.limitFor(TEN), "10 × 50 ms is below the floor");
        deadlines.passed(Duration.ofMillis(450));
        deadlines.passed(Duration.ofMillis(100));
        assertEquals(Duration.ofMillis(4500), deadlines.limitFor(TEN), "10 × the slowest pass, 450 ms");
    }

    @Test
    void aPassRightAfterATimeoutPaidForAFreshWorkerAndIsNoEvidence() {
        AdaptiveDeadlines deadlines = new AdaptiveDeadlines(true);
        deadlines.timedOut();
        deadlines.timedOut();
        deadlines.passed(Duration.ofMillis(1500));
        assertEquals(Duration.ofSeconds(2), deadlines.limitFor(TEN), "the pass after a timeout is not counted");
        deadlines.passed(Duration.ofMillis(300));
        assertEquals(Duration.ofSeconds(3), deadlines.limitFor(TEN), "the next one is");
        deadlines.timedOut();
        deadlines.failed();
        deadlines.passed(Duration.ofMillis(400));
        assertEquals(Duration.ofSeconds(4), deadlines.limitFor(TEN), "a failure in between used the fresh worker");
    }

    @Test
    void theFirstTestStartsTheFirstWorkerAndIsNoEvidenceEither() {
        AdaptiveDeadlines deadlines = new AdaptiveDeadlines(true);
        deadlines.passed(Duration.ofMillis(900));
        deadlines.timedOut();
        deadlines.timedOut();
        assertEquals(Duration.ofSeconds(2), deadlines.limitFor(TEN));
    }

    @Test
    void aShortenedLimitIsRoundedUpToATenthOfASecond() {
        AdaptiveDeadlines deadlines = timedOutTwice();
        deadlines.failed();
        deadlines.passed(Duration.ofMillis(234));
        assertEquals(Duration.ofMillis(2400), deadlines.limitFor(TEN));
    }

    @Test
    void aLimitIsNeverLengthened() {
        AdaptiveDeadlines deadlines = timedOutTwice();
        deadlines.passed(Duration.ofSeconds(3));
        assertEquals(TEN, deadlines.limitFor(TEN));
        assertEquals(Duration.ofSeconds(1), deadlines.limitFor(Duration.ofSeconds(1)));
    }

    @Test
    void switchedOffEveryTestKeepsItsLimit() {
        AdaptiveDeadlines deadlines = new AdaptiveDeadlines(false);
        for (int i = 0; i < 5; i++) {
            deadlines.timedOut();
        }
        assertEquals(TEN, deadlines.limitFor(TEN));
    }

    /** Two timeouts, then a failed test, so that the next pass counts. */
    private static AdaptiveDeadlines timedOutTwice() {
        AdaptiveDeadlines deadlines = new AdaptiveDeadlines(true);
        deadlines.timedOut();
        deadlines.timedOut();
        deadlines.failed();
        return deadlines;
    }
}
