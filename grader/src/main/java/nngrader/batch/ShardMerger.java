package nngrader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Joins the output folders of a sharded batch ({@code grader batch --shard i/N}) into one: each
 * submission's folder is copied in, and the class's summary.csv, report.md and plots are written for
 * all of them. A submission found in two shards (overlapping runs) is taken from the one named last,
 * and said so.
 *
 * <pre>{@code
 * MergeResult merged = new ShardMerger().merge(List.of(Path.of("shard-1"), Path.of("shard-2")), new BatchFolder(Path.of("all")));
 * }</pre>
 */
public final class ShardMerger {

    /** @param records every submission's record, by id; @param warnings what the user should know */
    public record MergeResult(List<SubmissionRecord> records, List<String> warnings) {
    }

    /** @throws BatchInputException when a shard folder is missing or holds no graded submission */
    public MergeResult merge(List<Path> shards, BatchFolder out) throws BatchInputException, IOException {
        Map<String, SubmissionRecord> byId = new TreeMap<>();
        Map<String, Path> from = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (Path shard : shards) {
            BatchFolder folder = new BatchFolder(shard);
            if (!Files.isDirectory(shard)) {
                throw new BatchInputException("the shard folder " + shard + " does not exist");
            }
            List<String> ids = folder.recordedIds();
            if (ids.isEmpty()) {
                throw new BatchInputException(shard + " holds no graded submission (no submissions/*/"
                        + BatchFolder.RECORD + "); is it the --out folder of a grader batch?");
            }
            for (String id : ids) {
                SubmissionRecord record;
                try {
                    record = RecordFiles.readRecord(folder.record(id));
                } catch (IOException e) {
                    throw new BatchInputException("cannot read " + folder.record(id) + ": " + e.getMessage());
                }
                Path earlier = from.put(id, shard);
                if (earlier != null && !earlier.equals(shard)) {
                    warnings.add(id + " is in both " + earlier + " and " + shard + "; kept the one from " + shard);
                }
                byId.put(id, record);
            }
        }
        for (Map.Entry<String, Path> entry : from.entrySet()) {
            Path source = new BatchFolder(entry.getValue()).submission(entry.getKey());
            Path target = out.submission(entry.getKey());
            if (!source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                copy(source, target);
            }
        }
        return new MergeResult(List.copyOf(byId.values()), warnings);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
