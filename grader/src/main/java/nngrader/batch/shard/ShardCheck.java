package nngrader.batch.shard;

import nngrader.batch.BatchInputException;
import nngrader.batch.BatchManifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks that the folders given to {@code grader merge} are the shards 1..N of one regrade: the same
 * assignment, graded against the same build, in the same format, each shard of the same N once, none
 * missing. Each problem is one sentence that names the folders, e.g. "shard 3/3 is missing".
 */
public final class ShardCheck {

    public void check(List<ShardFolder> shards) throws BatchInputException {
        String odd = oddOnesOut(shards, m -> m.assignment(), (folders, theirs, others) ->
                and(folders) + " graded " + theirs + ", the others " + others + ".");
        if (odd == null) {
            odd = oddOnesOut(shards, m -> m.against(), (folders, theirs, others) -> and(folders) + " graded "
                    + shards.get(0).manifest().assignment() + " against another build of its assignment.json, suite"
                    + " or template than the others; grade every shard against the same build.");
        }
        if (odd == null) {
            odd = oddOnesOut(shards, m -> m.format().toLowerCase(Locale.ROOT), (folders, theirs, others) ->
                    and(folders) + (folders.size() == 1 ? " holds " : " hold ") + theirs + " results, the others "
                            + others + ".");
        }
        if (odd == null) {
            odd = oddOnesOut(shards, m -> String.valueOf(m.slice().count()), (folders, theirs, others) ->
                    and(folders) + (folders.size() == 1 ? " is shard " + folders.get(0).shard()
                            : " are shards of " + theirs) + ", the others are shards of " + others + ".");
        }
        if (odd != null) {
            throw new BatchInputException(odd);
        }
        int count = shards.get(0).shard().count();
        Map<Integer, List<ShardFolder>> byIndex = shards.stream()
                .collect(Collectors.groupingBy(s -> s.shard().index(), LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<ShardFolder>> entry : byIndex.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw new BatchInputException("shard " + entry.getKey() + "/" + count + " is given "
                        + times(entry.getValue().size()) + ": " + and(entry.getValue()) + ".");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new BatchInputException(missing.size() == 1 ? "shard " + missing.get(0) + " is missing."
                    : "shards " + and(missing) + " are missing.");
        }
    }

    private interface Sentence {
        String of(List<ShardFolder> folders, String theirs, String others);
    }

    /** The folders whose key differs from the most common one (the first folder's on a tie), said; null when all agree. */
    private static String oddOnesOut(List<ShardFolder> shards, Function<BatchManifest, String> key, Sentence sentence) {
        Map<String, List<ShardFolder>> byKey = shards.stream()
                .collect(Collectors.groupingBy(s -> key.apply(s.manifest()), LinkedHashMap::new, Collectors.toList()));
        if (byKey.size() < 2) {
            return null;
        }
        String common = byKey.entrySet().stream()
                .reduce((a, b) -> b.getValue().size() > a.getValue().size() ? b : a).orElseThrow().getKey();
        Map.Entry<String, List<ShardFolder>> odd = byKey.entrySet().stream()
                .filter(e -> !e.getKey().equals(common)).findFirst().orElseThrow();
        return sentence.of(odd.getValue(), odd.getKey(), common);
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n + " times";
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<?> items) {
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }
}
