package nngrader.batch.input;

import nngrader.batch.BatchInputException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The students named in Gradescope's "Export Submissions" download: its top folder holds one folder
 * per submission and a {@code submission_metadata.yml} keyed by those folders' names, whose keys are
 * Ruby symbols written as plain YAML strings:
 *
 * <pre>{@code
 * submission_123456:
 *   :submitters:
 *   - :name: Ada Lovelace
 *     :sid: '1815'
 *     :email: ada@example.edu
 *   :created_at: 2026-02-01 12:00:00.000000000 -08:00
 * }</pre>
 */
public final class GradescopeExport {
    public static final String METADATA = "submission_metadata.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private GradescopeExport() {
    }

    /** Each submission folder's name, with its students. */
    public static Map<String, List<Submitter>> submitters(Path metadata) throws BatchInputException {
        JsonNode root;
        try {
            root = YAML.readTree(metadata.toFile());
        } catch (JacksonException e) {
            String what = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("").strip();
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new BatchInputException(metadata + " is not valid YAML: " + what + where);
        } catch (IOException e) {
            throw new BatchInputException("cannot read " + metadata + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BatchInputException(metadata + " does not map submission folders to their submitters,"
                    + " as Gradescope's export does");
        }
        Map<String, List<Submitter>> byFolder = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<Submitter> submitters = new ArrayList<>();
            for (JsonNode s : entry.getValue().path(":submitters")) {
                submitters.add(new Submitter(text(s, ":name"), text(s, ":sid"), text(s, ":email")));
            }
            byFolder.put(entry.getKey(), submitters);
        }
        return byFolder;
    }

    /** Whether {@code folder} is the top folder of an export. */
    public static boolean isExport(Path folder) {
        return Files.isRegularFile(folder.resolve(METADATA));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
