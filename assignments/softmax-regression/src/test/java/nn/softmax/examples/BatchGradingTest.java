package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.cli.Main;
import nngrader.example.ExampleSubmission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader batch} and {@code grader merge} through the command line, on a small class in the
 * layout of Gradescope's export: two submission folders named in submission_metadata.yml (a correct
 * one, and a pair's with a gradient of the wrong sign), a correct submission zipped with a top folder,
 * and a zip that is not a zip. Each real grading takes a few seconds, so one test walks through
 * the whole story: batch, a second run that skips, shards, merge.
 */
class BatchGradingTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final String METADATA = """
            submission_101:
              :submitters:
              - :name: Ada Lovelace
                :sid: '1815'
                :email: ada@example.edu
              :created_at: 2026-02-01 12:00:00.000000000 -08:00
            submission_102:
              :submitters:
              - :name: Alan Turing
                :sid: '1912'
                :email: alan@example.edu
              - :name: Grace Hopper
                :sid: '1906'
                :email: grace@example.edu
            """;

    @TempDir
    static Path dir;
    static Path export;

    @BeforeAll
    static void aClassInGradescopesExportLayout() throws Exception {
        Assignment assignment = new AssignmentLoader().load(ASSIGNMENT);
        export = Files.createDirectories(dir.resolve("download/assignment_42_export"));
        Files.writeString(export.resolve("submission_metadata.yml"), METADATA);
        ExampleSubmission correct = new ExampleSubmission("correct", "the reference", List.of());
        correct.writeTo(assignment.reference(), assignment.submit(), export.resolve("submission_101"));
        ExampleSubmission.read(ASSIGNMENT.resolve("mutants/gradient-wrong-sign.json"))
                .writeTo(assignment.reference(), assignment.submit(), export.resolve("submission_102"));
        Path dave = dir.resolve("sources/dave");
        correct.writeTo(assignment.reference(), assignment.submit(), dave.resolve("homework"));
        zip(dave, export.resolve("dave.zip"));
        Files.writeString(export.resolve("carol.zip"), "PK but not really a zip");
    }

    @Test
    void gradesTheClassSkipsOnASecondRunAndShardsMergeToTheWhole() throws Exception {
        Path out = dir.resolve("graded");
        String first = batch(out);
        assertTrue(first.contains("Graded 4, skipped 0 graded before; 1 could not be graded."), first);

        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(5, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("submission,students,sids,emails,score,max_score,problem,1.1 "), rows.get(0));
        // without Gradescope's metadata nobody is named: the students column is empty, not the id again
        assertTrue(rows.get(1).startsWith("carol.zip,,,,0,100,carol.zip is empty or not a zip file."), rows.get(1));
        assertTrue(rows.get(2).startsWith("dave.zip,,,,100,100,,"), rows.get(2));
        assertTrue(rows.get(3).startsWith("submission_101,Ada Lovelace,1815,ada@example.edu,100,100,,"), rows.get(3));
        String pair = "submission_102,Alan Turing; Grace Hopper,1912; 1906,alan@example.edu; grace@example.edu,";
        assertTrue(rows.get(4).startsWith(pair), rows.get(4));
        double buggy = Double.parseDouble(rows.get(4).substring(pair.length()).split(",")[0]);
        assertTrue(buggy > 0 && buggy < 100, "the wrong sign loses the gradient tests only: " + buggy);

        JsonNode results = new ObjectMapper().readTree(out.resolve("submissions/submission_102/results.json").toFile());
        assertEquals(buggy, results.get("score").asDouble(), "summary.csv agrees with the student's results.json");
        String carol = new ObjectMapper().readTree(out.resolve("submissions/carol.zip/results.json").toFile())
                .get("output").asText();
        assertTrue(carol.contains("could not be graded: carol.zip is empty or not a zip file."), carol);

        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("4 submissions, 3 graded, 1 could not be graded"), report);
        assertTrue(report.contains("![Distribution of total scores](plots/scores.png)"), report);
        assertTrue(report.contains("| 1.") && report.contains("dL_dz"), report);
        for (String png : List.of("scores.png", "pass-rates.png")) {
            assertNotNull(ImageIO.read(out.resolve("plots").resolve(png).toFile()), png + " is a PNG");
        }

        String second = batch(out);
        assertTrue(second.contains("Graded 1, skipped 3 graded before (--force grades them again); 1 could not be graded."),
                "only the broken zip is tried again: " + second);
        assertEquals(rows, Files.readAllLines(out.resolve("summary.csv")));

        batch(dir.resolve("shard-1"), "--shard", "1/2");
        batch(dir.resolve("shard-2"), "--shard", "2/2");
        Path merged = dir.resolve("merged");
        StringWriter said = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(said)).execute("merge", "--out", merged.toString(),
                dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString());
        assertEquals(0, exit, said.toString());
        assertTrue(said.toString().contains("Merged 4 submissions from 2 shards."), said.toString());
        assertEquals(rows, Files.readAllLines(merged.resolve("summary.csv")), "the shards merged are the whole");
        assertEquals(report, Files.readString(merged.resolve("report.md")));
    }

    private static String batch(Path out, String... more) {
        StringWriter said = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("batch", "--assignment", ASSIGNMENT.toString(),
                "--submissions", dir.resolve("download").toString(), "--out", out.toString(), "--jobs", "2"));
        args.addAll(List.of(more));
        int exit = Main.commandLine().setOut(new PrintWriter(said)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        assertEquals(0, exit, err.toString());
        return said.toString();
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(p).toString()));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }
}
