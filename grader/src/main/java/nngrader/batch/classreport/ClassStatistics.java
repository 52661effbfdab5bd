package nngrader.batch.classreport;

import nngrader.batch.SubmissionRecord;
import nngrader.report.TestScore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a class's records add up to: totals, and each test's pass rate over all submissions (one that
 * could not be graded passed none), for summary.csv, report.md and the plots.
 *
 * @param records  every submission's record, in id order
 * @param tests    every test that any submission ran, in the suite's order
 * @param maxScore the points possible: the largest of the records' (0 when none was graded)
 */
public record ClassStatistics(List<SubmissionRecord> records, List<TestColumn> tests, double maxScore) {

    /** One test across the class. @param passRate the fraction of submissions that passed it, 0 to 1 */
    public record TestColumn(String label, double maxScore, double passRate, double meanScore) {
    }

    public static ClassStatistics of(List<SubmissionRecord> records) {
        List<SubmissionRecord> sorted = records.stream().sorted(Comparator.comparing(SubmissionRecord::id)).toList();
        // the suite's order is that of the run with the most tests; a test only others ran goes last
        Map<String, Double> points = new LinkedHashMap<>();
        sorted.stream().max(Comparator.comparingInt(r -> r.scores().tests().size()))
                .ifPresent(r -> r.scores().tests().forEach(t -> points.put(t.label(), t.maxScore())));
        sorted.forEach(r -> r.scores().tests().forEach(t -> points.putIfAbsent(t.label(), t.maxScore())));
        List<TestColumn> tests = new ArrayList<>();
        for (Map.Entry<String, Double> test : points.entrySet()) {
            int passed = 0;
            double scored = 0;
            for (SubmissionRecord record : sorted) {
                TestScore score = score(record, test.getKey());
                if (score != null) {
                    passed += score.passed() ? 1 : 0;
                    scored += score.score();
                }
            }
            int n = Math.max(1, sorted.size());
            tests.add(new TestColumn(test.getKey(), test.getValue(), (double) passed / n, scored / n));
        }
        double max = sorted.stream().mapToDouble(r -> r.scores().maxScore()).max().orElse(0);
        return new ClassStatistics(sorted, tests, max);
    }

    /** The record's score on the test of that label, or null when it did not run it. */
    public static TestScore score(SubmissionRecord record, String label) {
        return record.scores().tests().stream().filter(t -> t.label().equals(label)).findFirst().orElse(null);
    }

    /** Every submission's total; one that could not be graded counts as 0. */
    public double[] totals() {
        return records.stream().mapToDouble(r -> r.scores().score()).toArray();
    }

    public double mean() {
        return Arrays.stream(totals()).average().orElse(0);
    }

    public double median() {
        double[] sorted = totals();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public List<SubmissionRecord> notGradable() {
        return records.stream().filter(r -> r.scores().failedToGrade()).toList();
    }

    /** The tests, hardest first: the ones most students fail. */
    public List<TestColumn> byPassRate() {
        return tests.stream().sorted(Comparator.comparingDouble(TestColumn::passRate)).toList();
    }
}
