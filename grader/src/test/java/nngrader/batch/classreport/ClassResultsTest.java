package nngrader.batch.classreport;

import nngrader.batch.BatchFolder;
import nngrader.batch.FakeGrading;
import nngrader.batch.SubmissionRecord;
import nngrader.batch.input.Submitter;
import nngrader.report.Scores;
import nngrader.report.TestScore;
import nngrader.report.plot.ChartNotDrawn;
import nngrader.report.plot.PngRenderer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassResultsTest {
    @TempDir
    Path dir;

    static SubmissionRecord record(String id, List<Submitter> who, boolean... passed) {
        List<TestScore> tests = new java.util.ArrayList<>();
        for (int i = 0; i < passed.length; i++) {
            tests.add(new TestScore("1." + (i + 1), FakeGrading.TESTS.get(i), passed[i] ? 2 : 0, 2, passed[i]));
        }
        double score = tests.stream().mapToDouble(TestScore::score).sum();
        return new SubmissionRecord(id, "Softmax", who, "f", "a", "GRADESCOPE", new Scores(score, 6, false, null, tests));
    }

    static List<SubmissionRecord> aClass() {
        return List.of(
                record("submission_2", List.of(new Submitter("Turing, Alan", "1912", "alan@example.edu"),
                        new Submitter("Grace Hopper", "1906", "grace@example.edu")), true, false, true),
                record("alice", List.of(), true, true, true),
                new SubmissionRecord("carol.zip", "Softmax", List.of(), "f", "a", "GRADESCOPE",
                        Scores.notGraded("carol.zip is empty or not a zip file.")));
    }

    @Test
    void summaryCsvHasARowPerSubmissionWithEachTestsScore() throws Exception {
        BatchFolder out = new BatchFolder(dir);
        assertNull(new ClassResults().write(aClass(), "Softmax", out));

        List<String> rows = Files.readAllLines(out.summaryCsv());
        assertEquals("submission,students,sids,emails,score,max_score,problem,"
                + "1.1 softmax: sums to 1,1.2 dL_dz: a - y,1.3 training: accuracy", rows.get(0));
        assertEquals("alice,,,,6,6,,2,2,2", rows.get(1), "without Gradescope's metadata, no students' names");
        assertEquals("carol.zip,,,,0,6,carol.zip is empty or not a zip file.,,,", rows.get(2),
                "out of the class's points, with its problem and no test scores");
        assertEquals("submission_2,\"Turing, Alan; Grace Hopper\",1912; 1906,alan@example.edu; grace@example.edu,"
                + "4,6,,2,0,2", rows.get(3));
    }

    @Test
    void reportMdShowsTheHardestTestsFirstWithPlotsThatArePngs() throws Exception {
        BatchFolder out = new BatchFolder(dir);
        new ClassResults().write(aClass(), "Softmax", out);

        String report = Files.readString(out.reportMd());
        assertTrue(report.contains("3 submissions, 2 graded, 1 could not be graded"), report);
        assertTrue(report.contains("| mean | 3.33 |"), report);
        assertTrue(report.contains("| median | 4 |"), report);
        int hardest = report.indexOf("| 1.2 dL_dz: a - y | 2 | 33 % | 0.67 |");
        int easier = report.indexOf("| 1.1 softmax: sums to 1 | 2 | 67 % | 1.33 |");
        assertTrue(hardest > 0 && easier > hardest, report);
        assertTrue(report.contains("| carol.zip |  | carol.zip is empty or not a zip file. |"), report);
        for (String png : List.of("scores.png", "pass-rates.png")) {
            assertTrue(report.contains("(plots/" + png + ")"), report);
            BufferedImage image = ImageIO.read(out.plots().resolve(png).toFile());
            assertNotNull(image, png + " is a PNG");
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, png);
        }
    }

    @Test
    void whenThePlotsCannotBeDrawnTheScoresAreStillWritten() throws Exception {
        Charts broken = new Charts() {
            @Override
            public void scoreHistogram(double[] totals, double maxScore, String title, Path png) {
                throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
            }
        };
        BatchFolder out = new BatchFolder(dir);
        String problem = new ClassResults(broken).write(aClass(), "Softmax", out);

        assertTrue(problem.contains("Fontconfig head is null"));
        assertEquals(4, Files.readAllLines(out.summaryCsv()).size());
        String report = Files.readString(out.reportMd());
        assertTrue(report.contains("_The plots could not be drawn: java.lang.InternalError: Fontconfig head is null"), report);
        assertFalse(report.contains("plots/scores.png"), report);
        assertTrue(report.contains("| 1.2 dL_dz: a - y |"), "the table is still there");
    }

    @Test
    void withoutAFontTheReportSaysWhatToInstall() throws Exception {
        Charts noFont = new Charts() {
            @Override
            public void scoreHistogram(double[] totals, double maxScore, String title, Path png) throws ChartNotDrawn {
                PngRenderer.png(() -> {
                    throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
                }, 640, 400, "The score histogram");
            }
        };
        BatchFolder out = new BatchFolder(dir);
        new ClassResults(noFont).write(aClass(), "Softmax", out);

        String report = Files.readString(out.reportMd());
        assertTrue(report.contains("_The plots could not be drawn: java.lang.InternalError: Fontconfig head is null,"
                + " check your fonts or fonts configuration (is a font installed? On Debian or Ubuntu: apt-get install"
                + " fonts-dejavu-core)_"), report);
    }
}
