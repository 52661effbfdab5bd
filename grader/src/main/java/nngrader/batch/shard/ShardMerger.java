package nngrader.batch.shard;

import nngrader.batch.BatchFolder;
import nngrader.batch.BatchInputException;
import nngrader.batch.BatchManifest;
import nngrader.batch.IoProblem;
import nngrader.batch.RecordFiles;
import nngrader.batch.SubmissionRecord;
import nngrader.report.ResultsFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Joins the output folders of a sharded batch ({@code grader batch --shard i/N}) into one. The folders
 * must be the shards 1..N of one regrade ({@link ShardCheck}); from each, only the submissions its last
 * run had are taken (its {@link BatchManifest}), so a submission removed from the class, or dealt to
 * another shard since, is not counted from an old folder. A submission in two shards (one shard was run
 * again after the deal changed) is taken from the shard whose batch ran later, and said so. A submission
 * that the latest run saw but no shard graded is an error; one that only older runs saw is left out, and
 * said so. Each submission's folder is copied into the output; the caller writes the class's summary.
 *
 * <pre>{@code
 * MergeResult merged = new ShardMerger().merge(List.of(Path.of("shard-1"), Path.of("shard-2")), new BatchFolder(Path.of("all")));
 * }</pre>
 */
public final class ShardMerger {

    /**
     * @param records  every submission's record, by id
     * @param title    the assignment's title
     * @param warnings what the user should know
     */
    public record MergeResult(List<SubmissionRecord> records, String title, List<String> warnings) {
    }

    /** @throws BatchInputException when the folders are not the shards of one regrade, each once, or one lacks a record */
    public MergeResult merge(List<Path> paths, BatchFolder out) throws BatchInputException, IOException {
        List<ShardFolder> shards = new ArrayList<>();
        for (Path path : paths) {
            shards.add(ShardFolder.read(path));
        }
        new ShardCheck().check(shards);
        List<ShardFolder> newestFirst = shards.stream()
                .sorted(Comparator.comparing((ShardFolder s) -> s.manifest().started()).reversed()).toList();
        Map<String, SubmissionRecord> byId = new TreeMap<>();
        Map<String, ShardFolder> from = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        for (ShardFolder shard : newestFirst) {
            for (String id : shard.manifest().submissions()) {
                ShardFolder kept = from.get(id);
                if (kept != null) {
                    warnings.add(id + " is in both " + kept + " and " + shard + "; kept the one from " + kept
                            + ", whose batch ran later.");
                    continue;
                }
                byId.put(id, record(shard, id));
                from.put(id, shard);
            }
        }
        ShardFolder newest = newestFirst.get(0);
        Set<String> wholeClass = new LinkedHashSet<>(newest.manifest().wholeClass());
        for (String id : wholeClass) {
            if (!byId.containsKey(id)) {
                throw new BatchInputException("no shard graded " + id + ", which " + dealer(shards, newest, id)
                        + " now deals: run that batch again.");
            }
        }
        for (String id : List.copyOf(byId.keySet())) {
            if (!wholeClass.contains(id)) {
                warnings.add(id + " is left out: " + from.get(id) + " graded it, but the latest batch (" + newest
                        + ") no longer found it among the submissions.");
                byId.remove(id);
                from.remove(id);
            }
        }
        out.create();
        for (Map.Entry<String, ShardFolder> entry : from.entrySet()) {
            Path source = entry.getValue().folder().submission(entry.getKey());
            Path target = out.submission(entry.getKey());
            List<String> stale = BatchFolder.otherResultsFiles(ResultsFormat.valueOf(entry.getValue().manifest().format()));
            if (!same(source, target)) {
                copy(source, target, stale);
            }
            for (String name : stale) {
                Files.deleteIfExists(target.resolve(name)); // an earlier merge's, in another format
            }
        }
        if (shards.stream().noneMatch(s -> same(s.path(), out.root()))) {
            // the joined folder is a whole class's batch folder, 1/1: it can be merged or graded into again
            BatchManifest whole = newest.manifest();
            List<String> ids = List.copyOf(byId.keySet());
            RecordFiles.writeManifest(new BatchManifest(whole.assignment(), whole.title(), whole.against(),
                    whole.format(), Shard.ALL.toString(), whole.startedAt(), true, ids, ids), out.manifest());
        }
        String title = newest.manifest().title() != null ? newest.manifest().title() : newest.manifest().assignment();
        return new MergeResult(List.copyOf(byId.values()), title, warnings);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static SubmissionRecord record(ShardFolder shard, String id) throws BatchInputException {
        Path file = shard.folder().record(id);
        try {
            return RecordFiles.readRecord(file);
        } catch (IOException e) {
            throw new BatchInputException(shard + "'s batch graded " + id + ", but " + file + " cannot be read ("
                    + IoProblem.describe(e) + "); run that batch again.");
        }
    }

    /** "shard 2/3 (shard-2)": the shard that the latest run's deal gives the submission to. */
    private static String dealer(List<ShardFolder> shards, ShardFolder newest, String id) {
        Shard dealer = Shard.dealing(newest.manifest().wholeClass().indexOf(id), newest.shard().count());
        String folder = shards.stream().filter(s -> s.shard().equals(dealer)).findFirst()
                .map(s -> " (" + s + ")").orElse("");
        return "shard " + dealer + folder;
    }

    /** Copies a submission's folder, but not the results files of another format ({@code skip}) that it may hold. */
    private static void copy(Path from, Path to, List<String> skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(p -> !(p.getParent().equals(from) && skip.contains(p.getFileName().toString()))).forEach(p -> {
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
