package nngrader.run;

import nngrader.api.Chart;
import nngrader.api.Grade;
import nngrader.sandbox.CallScope;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one running test has said about itself: its deadline, the student's printed output, the
 * credit and notes it gave through {@link Grade}, and which student classes it used. Filled while
 * the test runs, read by {@link OutcomeCollector} when it ends.
 */
final class TestRecord implements Grade, CallScope {
    static final int OUTPUT_CAP = 8 * 1024;
    /** Plots a test may add; more are dropped, with a note, so that one test cannot fill the results file. */
    static final int CHART_CAP = 4;

    private final Instant started = Instant.now();
    private final Instant deadline;
    private final Duration limit;
    private final boolean shortened;
    private final StringBuilder studentOutput = new StringBuilder();
    private long studentOutputDropped;
    private final List<String> notes = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private boolean chartsDropped;
    private final Map<String, LeaderboardEntry> leaderboard = new LinkedHashMap<>();
    private final Set<String> studentClasses = new LinkedHashSet<>();
    private final Set<String> answeredByReference = new LinkedHashSet<>();
    private Double fraction;

    /** @param shortened whether {@code limit} is shorter than the test's own, after earlier timeouts */
    TestRecord(Instant deadline, Duration limit, boolean shortened) {
        this.deadline = deadline;
        this.limit = limit;
        this.shortened = shortened;
    }

    /** When the test started (its record was made). */
    Instant started() {
        return started;
    }

    /** Whether its limit was shortened after earlier timeouts. */
    boolean shortened() {
        return shortened;
    }

    @Override
    public synchronized void fraction(double fraction) {
        this.fraction = Double.isNaN(fraction) ? 0.0 : Math.max(0.0, Math.min(1.0, fraction));
    }

    @Override
    public synchronized void leaderboard(String name, double value, Order order) {
        leaderboard.put(name, new LeaderboardEntry(name, value, order));
    }

    @Override
    public synchronized void note(String line) {
        notes.add(line);
    }

    @Override
    public synchronized void chart(Chart chart) {
        if (chart == null) {
            return;
        }
        if (charts.size() < CHART_CAP) {
            charts.add(chart);
        } else if (!chartsDropped) {
            chartsDropped = true;
            notes.add("(more plots were left out: a test shows at most " + CHART_CAP + ")");
        }
    }

    synchronized List<Chart> charts() {
        return List.copyOf(charts);
    }

    @Override
    public Instant deadline() {
        return deadline;
    }

    @Override
    public Duration limit() {
        return limit;
    }

    @Override
    public synchronized void studentOutput(String text, long droppedBytes) {
        int room = Math.max(OUTPUT_CAP - studentOutput.length(), 0);
        if (text.length() <= room) {
            studentOutput.append(text);
        } else {
            studentOutput.append(text, 0, room);
            studentOutputDropped += text.substring(room).getBytes(StandardCharsets.UTF_8).length;
        }
        studentOutputDropped += droppedBytes;
    }

    synchronized void usedStudentClass(String className) {
        studentClasses.add(className);
    }

    /** Recorded by the grader as it answers a stand-in's call, never from what the worker says of itself. */
    @Override
    public synchronized void answeredByReference(String className) {
        answeredByReference.add(className);
    }

    /** The classes that did not compile whose calls, during this test, the reference answered. */
    synchronized Set<String> answeredByReference() {
        return Set.copyOf(answeredByReference);
    }

    synchronized double fractionOr(double fallback) {
        return fraction == null ? fallback : fraction;
    }

    synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    synchronized List<LeaderboardEntry> leaderboard() {
        return List.copyOf(leaderboard.values());
    }

    synchronized Set<String> studentClasses() {
        return Set.copyOf(studentClasses);
    }

    /** What the student printed during this test, capped, with a note of what was cut. */
    synchronized String studentOutput() {
        if (studentOutputDropped == 0) {
            return studentOutput.toString();
        }
        return studentOutput + "\n[... " + droppedNote(studentOutputDropped) + " not shown]";
    }

    /** "209715 more bytes (0.2 MB)": the count of everything cut, in the worker and here. */
    static String droppedNote(long bytes) {
        String count = bytes + " more " + (bytes == 1 ? "byte" : "bytes");
        return bytes < 100 * 1024 ? count : count + String.format(Locale.ROOT, " (%.1f MB)", bytes / (1024.0 * 1024));
    }
}
