package nngrader.batch;

import nngrader.report.ResultsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardMergerTest {
    @TempDir
    Path dir;

    @Test
    void theShardsMergedEqualTheWholeBatch() throws Exception {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            FakeGrading.folder(dir.resolve("in"), name, name.equals("c") ? "0 1 0" : "1 1 1");
        }
        List<Submission> all = new SubmissionFinder().find(dir.resolve("in"));
        BatchRunner runner = new BatchRunner(new FakeGrading(), ResultsFormat.GRADESCOPE,
                new GradedAgainst("softmax", "Softmax", "a"), 1, false);
        BatchFolder whole = new BatchFolder(dir.resolve("whole"));
        new ClassResults().write(runner.run(all, whole, Progress.SILENT).records(), "Softmax", whole);
        List<Path> shards = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            BatchFolder shard = new BatchFolder(dir.resolve("shard-" + i));
            runner.run(new Shard(i, 2).select(all), shard, Progress.SILENT);
            shards.add(shard.root());
        }

        BatchFolder merged = new BatchFolder(dir.resolve("merged"));
        ShardMerger.MergeResult result = new ShardMerger().merge(shards, merged);
        new ClassResults().write(result.records(), "Softmax", merged);

        assertEquals(Files.readString(whole.summaryCsv()), Files.readString(merged.summaryCsv()));
        assertEquals(Files.readString(whole.reportMd()), Files.readString(merged.reportMd()));
        assertEquals(whole.recordedIds(), merged.recordedIds());
        assertTrue(Files.isRegularFile(merged.results("c", ResultsFormat.GRADESCOPE)), "the results files come along");
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aFolderThatIsNotABatchOutputSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        BatchInputException e = assertThrows(BatchInputException.class,
                () -> new ShardMerger().merge(List.of(empty), new BatchFolder(dir.resolve("out"))));
        assertEquals(empty + " holds no graded submission (no submissions/*/record.json); is it the --out folder"
                + " of a grader batch?", e.getMessage());
    }
}
