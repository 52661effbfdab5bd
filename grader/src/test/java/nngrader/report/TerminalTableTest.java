package nngrader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nngrader.api.Visibility;
import nngrader.run.TestOutcome;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TerminalTableTest {
    /** As long as softmax-regression's longest names, and what it checks is at its end. */
    private static final String LONG_NAME = "binaryCrossEntropy: L = −[y log σ(z) + (1 − y) log(1 − σ(z))] finite and"
            + " correct at z = ±40 and ±1000 (no overflow, no log of 0)";

    @Test
    void aLongNameIsShownWholeBelowItsRowWithThePointsOnTheFirstLine() {
        String table = print(report(outcome("1.7", LONG_NAME, 0, 2, false), ReportFixtures.passed()));
        List<String> lines = table.lines().toList();
        int row = indexOfLineStartingWith(lines, "1.7 ");

        assertTrue(lines.get(row).endsWith("0 / 2  FAILED"), lines.get(row));
        assertFalse(table.contains("…"), "no name is cut:\n" + table);
        assertEquals(LONG_NAME.replaceAll("\\s", ""), nameColumn(lines, row).replaceAll("\\s", ""),
                "the name column holds the whole name, over several lines:\n" + table);
        assertTrue(lines.get(row + 1).startsWith("       ") && lines.get(row + 1).length() <= 7 + 60, lines.get(row + 1));
    }

    @Test
    void aShortNameKeepsItsOneLineRow() {
        String table = print(report(ReportFixtures.passed()));

        assertTrue(table.contains("1.1    sigmoid(0) = 0.5" + " ".repeat(60 - "sigmoid(0) = 0.5".length()) + "         2 / 2  passed\n"),
                table);
    }

    @Test
    void aWordLongerThanTheColumnIsCutIntoPiecesAndKeptWhole() {
        String word = "x".repeat(150);
        String table = print(report(outcome("2.1", "checks " + word, 1, 1, true)));
        List<String> lines = table.lines().toList();

        assertEquals("checks" + word, nameColumn(lines, indexOfLineStartingWith(lines, "2.1 ")).replaceAll("\\s", ""),
                table);
        assertTrue(lines.stream().allMatch(line -> line.length() <= 7 + 60 + 1 + 13 + 2 + "passed".length()), table);
    }

    private static TestOutcome outcome(String number, String name, double score, double max, boolean passed) {
        return new TestOutcome(number, name, score, max, passed, passed ? null : "expected 1 but was 2", List.of(), "",
                Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
    }

    private static GradingReport report(TestOutcome... tests) {
        return new GradingReport("HW 1", "", List.of(tests), 1.0, false);
    }

    private static String print(GradingReport report) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new TerminalTable().print(report, out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** What the name column of the row at index row shows: its first line's part and the lines below it. */
    private static String nameColumn(List<String> lines, int row) {
        StringBuilder shown = new StringBuilder(lines.get(row).substring(7, 7 + 60));
        for (int i = row + 1; lines.get(i).startsWith("       ") && !lines.get(i).strip().startsWith("total"); i++) {
            shown.append(lines.get(i));
        }
        return shown.toString();
    }

    private static int indexOfLineStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start + " in\n" + String.join("\n", lines));
    }
}
