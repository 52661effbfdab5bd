package nngrader.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    @Test
    void showsTitleScoreSummaryTableAndEachFailuresFeedback(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.md");
        new MarkdownReport().write(ReportFixtures.mixed(), file);
        String md = Files.readString(file);

        assertTrue(md.startsWith("# HW 1\n\n**Score: 2.3 / 15**\n\n```text\nYour files:\n  nn/softmax/Softmax.java: compiled\n```\n"), md);
        assertTrue(md.contains("| # | test | points | result |\n|---|---|---:|---|\n"), md);
        assertTrue(md.contains("| 1.1 | sigmoid(0) = 0.5 | 2 / 2 | passed |\n"), md);
        assertTrue(md.contains("| 1.2 | softmax \\| stable | 0 / 3 | **failed** |\n"), "a '|' in a name stays in its cell:\n" + md);
        assertTrue(md.contains("| 2.1 | accuracy | 0.3 / 1 | **partial** |\n"), md);
        assertTrue(md.contains("| 3.1 | gradient on random inputs | 0 / 4 | **failed** (after_published) |\n"), md);
        assertTrue(md.contains("| 4.1 | training | 0 / 5 | **not run** |\n"), md);
        assertTrue(md.contains("## Why tests failed\n"), md);
        assertTrue(md.contains("### 1.2 softmax \\| stable\n\nexpected 0.5 but was NaN\n````text\n```java\nz = 1000```\n````"
                + "\n\nYour code printed:\n```text\ndebug line\n```\n"), "a fence longer than the backticks inside:\n" + md);
        assertTrue(md.contains("### 2.1 accuracy\n\npartial credit: 0.3 of 1 points\n\ntest accuracy 0.83\n"), md);
        assertFalse(md.contains("### 1.1"), "a passed test has no feedback section");
        assertTrue(md.endsWith("Graded in 1.2 s.\n"), md);
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aRunTheGraderCouldNotFinishSaysSoWithoutAnEmptyTable() {
        String md = new MarkdownReport().toMarkdown(GradingReport.failed("HW 1", "assignment.json is missing", 0));

        assertTrue(md.startsWith("# HW 1\n\n**Score: 0 / 0**\n\n```text\nThe autograder could not grade this submission."), md);
        assertFalse(md.contains("| # |"), md);
        assertFalse(md.contains("Why tests failed"), md);
    }
}
