package nngrader.batch.input;

import nngrader.batch.BatchInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the submissions in a folder: each subfolder and each {@code .zip} file is one submission.
 * In Gradescope's export (a {@code submission_metadata.yml} beside the folders, or in the one folder
 * the download unpacks to) the metadata names each folder's students. Hidden files are left out.
 * The list is sorted by id, so every machine of a sharded run sees the same order.
 */
public final class SubmissionFinder {

    public List<Submission> find(Path folder) throws BatchInputException {
        if (!Files.isDirectory(folder)) {
            throw new BatchInputException("the submissions folder " + folder + " does not exist or is not a folder");
        }
        Path top = exportInside(folder);
        Map<String, List<Submitter>> named = GradescopeExport.isExport(top)
                ? GradescopeExport.submitters(top.resolve(GradescopeExport.METADATA)) : Map.of();
        List<Submission> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(top)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                boolean zip = Files.isRegularFile(entry) && name.toLowerCase(Locale.ROOT).endsWith(".zip");
                if (name.startsWith(".") || !(zip || Files.isDirectory(entry))) {
                    continue;
                }
                found.add(new Submission(name, entry, named.getOrDefault(name, List.of())));
            }
        } catch (IOException e) {
            throw new BatchInputException("cannot list the submissions folder " + folder + ": " + e.getMessage());
        }
        // A submission that the metadata names but whose folder is missing was handed in without files:
        // it is graded (to 0, with a message) rather than silently left out of the class's summary.
        for (Map.Entry<String, List<Submitter>> entry : named.entrySet()) {
            if (isPlainName(entry.getKey()) && found.stream().noneMatch(s -> s.id().equals(entry.getKey()))) {
                found.add(new Submission(entry.getKey(), top.resolve(entry.getKey()), entry.getValue()));
            }
        }
        found.sort(Comparator.comparing(Submission::id));
        return found;
    }

    /** A key of the metadata becomes a folder name of the output: it must not reach outside it. */
    private static boolean isPlainName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && !name.contains("/") && !name.contains("\\");
    }

    /** Gradescope's download unpacks to one folder, {@code assignment_NNN_export}: look inside it. */
    private static Path exportInside(Path folder) throws BatchInputException {
        if (GradescopeExport.isExport(folder)) {
            return folder;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> visible = entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            if (visible.size() == 1 && Files.isDirectory(visible.get(0)) && GradescopeExport.isExport(visible.get(0))) {
                return visible.get(0);
            }
            return folder;
        } catch (IOException e) {
            throw new BatchInputException("cannot list the submissions folder " + folder + ": " + e.getMessage());
        }
    }
}
