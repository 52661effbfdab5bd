package nngrader.batch.shard;

import nngrader.batch.BatchFolder;
import nngrader.batch.BatchInputException;
import nngrader.batch.BatchJob;
import nngrader.batch.BatchRunner;
import nngrader.batch.FakeGrading;
import nngrader.batch.GradedAgainst;
import nngrader.batch.RecordFiles;
import nngrader.batch.SubmissionRecord;
import nngrader.batch.classreport.ClassResults;
import nngrader.batch.input.Submission;
import nngrader.batch.input.SubmissionFinder;
import nngrader.batch.progress.Progress;
import nngrader.report.ResultsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardMergerTest {
    static final GradedAgainst SOFTMAX = new GradedAgainst("softmax-regression", "Softmax", "build-1");

    @TempDir
    Path dir;

    /** Submissions a, b, … in {@code in/}, each passing all three tests but c (one). */
    private void aClass(String... names) throws Exception {
        for (String name : names) {
            FakeGrading.folder(dir.resolve("in"), name, name.equals("c") ? "0 1 0" : "1 1 1");
        }
    }

    /** {@code grader batch --shard i/N --out out} on {@code in/}, with its summary. */
    private Path batch(String out, Shard shard, GradedAgainst against, ResultsFormat format) throws Exception {
        List<Submission> all = new SubmissionFinder().find(dir.resolve("in"));
        BatchFolder folder = new BatchFolder(dir.resolve(out));
        BatchRunner runner = new BatchRunner(new FakeGrading(), format, against, 1, false);
        new ClassResults().write(new BatchJob(runner, shard).run(all, folder, Progress.SILENT).records(),
                against.title(), folder);
        return folder.root();
    }

    private Path batch(String out, Shard shard) throws Exception {
        return batch(out, shard, SOFTMAX, ResultsFormat.GRADESCOPE);
    }

    private List<Path> shards(int count) throws Exception {
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            shards.add(batch("shard-" + i, new Shard(i, count)));
        }
        return shards;
    }

    private ShardMerger.MergeResult merge(List<Path> shards) throws Exception {
        BatchFolder merged = new BatchFolder(dir.resolve("merged"));
        ShardMerger.MergeResult result = new ShardMerger().merge(shards, merged);
        new ClassResults().write(result.records(), result.title(), merged);
        return result;
    }

    private String refused(List<Path> shards) {
        return assertThrows(BatchInputException.class, () -> merge(shards)).getMessage();
    }

    private List<String> mergedRows() throws Exception {
        return Files.readAllLines(dir.resolve("merged/summary.csv"));
    }

    /** The rows of the shards' own summaries, without their headers, sorted: what the merge must count. */
    private static List<String> rowsOf(Path... shards) throws Exception {
        List<String> rows = new ArrayList<>();
        for (Path shard : shards) {
            List<String> lines = Files.readAllLines(shard.resolve("summary.csv"));
            rows.addAll(lines.subList(1, lines.size()));
        }
        return rows.stream().sorted().toList();
    }

    @Test
    void theShardsMergedEqualTheWholeBatch() throws Exception {
        aClass("a", "b", "c", "d", "e");
        Path whole = batch("whole", Shard.ALL);

        ShardMerger.MergeResult result = merge(shards(2));

        assertEquals(Files.readAllLines(whole.resolve("summary.csv")), mergedRows());
        assertEquals(Files.readString(whole.resolve("report.md")), Files.readString(dir.resolve("merged/report.md")));
        assertEquals(new BatchFolder(whole).recordedIds(), new BatchFolder(dir.resolve("merged")).recordedIds());
        assertTrue(Files.isRegularFile(dir.resolve("merged/submissions/c/results.json")), "the results files come along");
        assertEquals(List.of(), result.warnings());
        assertEquals("1/1", RecordFiles.readManifest(dir.resolve("merged/batch.json")).shard(),
                "the merged folder is a whole class's batch folder");
    }

    @Test
    void anEmptyShardMergesFine() throws Exception {
        aClass("a", "b", "c");
        List<Path> shards = shards(8);

        ShardMerger.MergeResult result = merge(shards);

        assertEquals(3, result.records().size());
        assertEquals(rowsOf(shards.toArray(Path[]::new)), mergedRows().subList(1, 4));
    }

    @Test
    void aMergeCopiesOnlyTheResultsFileOfTheShardsFormat() throws Exception {
        aClass("a");
        Path shard = batch("shard-1", Shard.ALL);
        Files.writeString(shard.resolve("submissions/a/results.md"), "# stale, of a run in another format");
        Files.createDirectories(dir.resolve("merged/submissions/a"));
        Files.writeString(dir.resolve("merged/submissions/a/results.md"), "# stale, of an earlier merge");

        merge(List.of(shard));

        assertTrue(Files.isRegularFile(dir.resolve("merged/submissions/a/results.json")));
        assertFalse(Files.exists(dir.resolve("merged/submissions/a/results.md")));
    }

    @Test
    void aMissingShardIsNamed() throws Exception {
        aClass("a", "b", "c", "d", "e");
        List<Path> shards = shards(3);
        assertEquals("shard 3/3 is missing.", refused(shards.subList(0, 2)));
        assertEquals("shards 1/3 and 3/3 are missing.", refused(shards.subList(1, 2)));
    }

    @Test
    void aShardGivenTwiceIsNamed() throws Exception {
        aClass("a", "b", "c", "d", "e");
        List<Path> shards = shards(3);
        Path copy = dir.resolve("shard-1-copy");
        copyTree(shards.get(0), copy);
        assertEquals("shard 1/3 is given twice: " + shards.get(0) + " and " + copy + ".",
                refused(List.of(shards.get(0), copy, shards.get(1), shards.get(2))));
    }

    @Test
    void shardsOfAnotherAssignmentBuildFormatOrCountAreNamed() throws Exception {
        aClass("a", "b", "c", "d", "e");
        List<Path> shards = shards(3);
        Path s1 = shards.get(0);
        Path s3 = shards.get(2);

        Path mlp = batch("mlp", new Shard(2, 3), new GradedAgainst("mlp-backprop", "MLP", "build-1"),
                ResultsFormat.GRADESCOPE);
        assertEquals(mlp + " graded mlp-backprop, the others softmax-regression.", refused(List.of(s1, mlp, s3)));

        Path rebuilt = batch("rebuilt", new Shard(2, 3), new GradedAgainst("softmax-regression", "Softmax", "build-2"),
                ResultsFormat.GRADESCOPE);
        assertEquals(rebuilt + " graded softmax-regression against another build of its assignment.json, suite or"
                + " template than the others; grade every shard against the same build.", refused(List.of(s1, rebuilt, s3)));

        Path markdown = batch("markdown", new Shard(2, 3), SOFTMAX, ResultsFormat.MARKDOWN);
        assertEquals(markdown + " holds markdown results, the others gradescope.", refused(List.of(s1, markdown, s3)));

        Path half = batch("half", new Shard(2, 2));
        assertEquals(half + " is shard 2/2, the others are shards of 3.", refused(List.of(s1, half, s3)));
    }

    @Test
    void aBatchThatDidNotFinishOrAFolderOfAnOlderGraderIsNotMerged() throws Exception {
        aClass("a", "b");
        Path shard = batch("shard-1", Shard.ALL);
        Path manifest = shard.resolve("batch.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"finished\" : true", "\"finished\" : false"));
        assertEquals("the batch in " + shard + " did not finish (it was stopped, or is still grading); run it again.",
                refused(List.of(shard)));

        Files.delete(manifest);
        assertEquals(shard + " has no batch.json to check it by (an older grader batch wrote it); run its batch again.",
                refused(List.of(shard)));
    }

    @Test
    void aFolderThatIsNotABatchOutputSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty + " is not the --out folder of a grader batch (it has no batch.json).", refused(List.of(empty)));
    }

    @Test
    void aSubmissionRemovedFromTheClassIsNotCountedFromItsOldFolder() throws Exception {
        aClass("a", "b", "c");
        batch("graded", Shard.ALL);
        deleteTree(dir.resolve("in/c"));
        Path graded = batch("graded", Shard.ALL);
        assertTrue(Files.isDirectory(graded.resolve("submissions/c")), "its old folder is still there");

        assertEquals(2, merge(List.of(graded)).records().size());
        assertEquals(rowsOf(graded), mergedRows().subList(1, 3));
    }

    @Test
    void aSubmissionDealtToAnotherShardIsTakenFromTheShardThatNowHasIt() throws Exception {
        aClass("s01", "s02", "s03", "s04");
        shards(2);                                             // shard 1: s01 s03, shard 2: s02 s04
        FakeGrading.folder(dir.resolve("in"), "s04", "0 0 0"); // handed in again
        FakeGrading.folder(dir.resolve("in"), "s00", "1 1 1"); // a late one: every later submission changes shard
        List<Path> shards = shards(2);                          // shard 1: s00 s02 s04, shard 2: s01 s03

        ShardMerger.MergeResult result = merge(List.of(shards.get(0), shards.get(1)));

        assertEquals(List.of(), result.warnings());
        assertEquals(rowsOf(shards.toArray(Path[]::new)), mergedRows().subList(1, 6));
        assertTrue(mergedRows().get(5).startsWith("s04,,,,0,6,"), mergedRows().get(5));
    }

    @Test
    void aSubmissionInTwoShardsIsTakenFromTheOneGradedLater() throws Exception {
        aClass("a", "b", "c", "d");
        List<Path> shards = shards(2);                         // shard 1: a c, shard 2: b d
        deleteTree(dir.resolve("in/c"));                       // now shard 1: a d, shard 2: b
        FakeGrading.folder(dir.resolve("in"), "d", "0 0 1");
        batch("shard-1", new Shard(1, 2));                     // shard 2 is not run again: its d is stale

        ShardMerger.MergeResult result = merge(List.of(shards.get(0), shards.get(1)));
        assertEquals(List.of("d is in both " + shards.get(0) + " and " + shards.get(1) + "; kept the one from "
                + shards.get(0) + ", whose batch ran later."), result.warnings());
        assertEquals(List.of("a", "b", "d"), result.records().stream().map(SubmissionRecord::id).toList());
        assertTrue(mergedRows().get(3).startsWith("d,,,,2,6,"), mergedRows().get(3));

        merge(List.of(shards.get(1), shards.get(0)));
        assertTrue(mergedRows().get(3).startsWith("d,,,,2,6,"), "not whichever comes last: " + mergedRows().get(3));
    }

    @Test
    void aSubmissionNoShardGradedIsNamedWithTheShardToRunAgain() throws Exception {
        aClass("b", "c");
        List<Path> shards = shards(2);                         // shard 1: b, shard 2: c
        FakeGrading.folder(dir.resolve("in"), "a", "1 1 1");   // now shard 1: a c, shard 2: b
        batch("shard-1", new Shard(1, 2));

        assertEquals("no shard graded b, which shard 2/2 (" + shards.get(1) + ") now deals: run that batch again.",
                refused(shards));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
