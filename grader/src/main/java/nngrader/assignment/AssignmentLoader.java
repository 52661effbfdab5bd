package nngrader.assignment;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code assignment.json} and checks it, so that a mistake in it is reported as one clear
 * sentence naming the field, before any submission is touched.
 */
public final class AssignmentLoader {
    public static final String FILE_NAME = "assignment.json";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final Set<String> TOP_LEVEL = Set.of("id", "title", "submit", "suite", "template", "reference", "limits", "feedback");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public Assignment load(Path directory) throws InvalidAssignmentException {
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isDirectory(dir)) {
            throw new InvalidAssignmentException("assignment folder " + dir + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidAssignmentException("no " + FILE_NAME + " in " + dir);
        }
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidAssignmentException(FILE_NAME + " is not valid JSON" + location(e) + ": "
                    + firstClause(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InvalidAssignmentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAssignmentException(FILE_NAME + " must hold a JSON object");
        }
        return parse(dir, new Fields(file, root));
    }

    private Assignment parse(Path dir, Fields root) throws InvalidAssignmentException {
        root.onlyKnown(TOP_LEVEL, "");
        String id = root.text("id");
        if (!ID.matcher(id).matches()) {
            throw root.invalid("id", "must be lower-case letters, digits, '.', '_' or '-', e.g. \"softmax-regression\"");
        }
        String title = root.optionalText("title", id);
        List<SubmittedFile> submit = submit(root);
        Suite suite = suite(dir, root.object("suite"));
        Path template = existingDirectory(dir, root, "template", root.text("template"));
        Path reference = root.has("reference") ? existingDirectory(dir, root, "reference", root.text("reference")) : null;
        Limits limits = root.has("limits") ? limits(root.object("limits")) : Limits.DEFAULT;
        Feedback feedback = root.has("feedback") ? feedback(root.object("feedback")) : Feedback.DEFAULT;
        return new Assignment(dir, id, title, List.copyOf(submit), suite, template, reference, limits, feedback);
    }

    private List<SubmittedFile> submit(Fields root) throws InvalidAssignmentException {
        List<Fields> entries = root.objects("submit");
        if (entries.isEmpty()) {
            throw root.invalid("submit", "must list at least one file");
        }
        List<SubmittedFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields entry : entries) {
            entry.onlyKnown(Set.of("file", "class", "implements"), entry.where);
            String file = entry.text("file");
            String className = javaName(entry, "class");
            String api = javaName(entry, "implements");
            String expected = className.replace('.', '/') + ".java";
            if (!file.equals(expected)) {
                throw entry.invalid("file", "is \"" + file + "\" but class " + className + " lives in \"" + expected + "\"");
            }
            if (!seen.add(file)) {
                throw entry.invalid("file", "lists \"" + file + "\" twice");
            }
            files.add(new SubmittedFile(file, className, api));
        }
        return files;
    }

    private Suite suite(Path dir, Fields suite) throws InvalidAssignmentException {
        suite.onlyKnown(Set.of("packages", "classPath"), "suite.");
        List<String> packages = new ArrayList<>();
        for (String p : suite.texts("packages")) {
            if (!JAVA_NAME.matcher(p).matches()) {
                throw suite.invalid("packages", "has \"" + p + "\", which is not a Java package name");
            }
            packages.add(p);
        }
        if (packages.isEmpty()) {
            throw suite.invalid("packages", "must name at least one package of hidden tests");
        }
        List<Path> classPath = new ArrayList<>();
        for (String entry : suite.texts("classPath")) {
            Path p = dir.resolve(entry).normalize();
            if (!Files.exists(p)) {
                throw suite.invalid("classPath", "has \"" + entry + "\", which does not exist (" + p
                        + "); build the assignment first (mvn -q -DskipTests package)");
            }
            classPath.add(p);
        }
        if (classPath.isEmpty()) {
            throw suite.invalid("classPath", "must list the compiled hidden suite and reference");
        }
        return new Suite(List.copyOf(packages), List.copyOf(classPath));
    }

    private Limits limits(Fields limits) throws InvalidAssignmentException {
        limits.onlyKnown(Set.of("testSeconds", "totalSeconds", "workerHeapMb", "workerStackKb", "maxFrameMb"), "limits.");
        Limits d = Limits.DEFAULT;
        double test = limits.positive("testSeconds", d.testSeconds());
        double total = limits.positive("totalSeconds", d.totalSeconds());
        int heap = (int) limits.positive("workerHeapMb", d.workerHeapMb());
        int stack = (int) limits.positive("workerStackKb", d.workerStackKb());
        int frame = (int) limits.positive("maxFrameMb", d.maxFrameMb());
        if (test > total) {
            throw limits.invalid("testSeconds", "(" + test + ") is larger than totalSeconds (" + total + ")");
        }
        if (heap < 16) {
            throw limits.invalid("workerHeapMb", "must be at least 16");
        }
        if (frame > 1024) {
            throw limits.invalid("maxFrameMb", "must be at most 1024");
        }
        return new Limits(test, total, heap, stack, frame);
    }

    private Feedback feedback(Fields feedback) throws InvalidAssignmentException {
        feedback.onlyKnown(Set.of("format", "stdout"), "feedback.");
        Feedback d = Feedback.DEFAULT;
        Feedback.Format format = d.format();
        if (feedback.has("format")) {
            format = Feedback.Format.named(feedback.text("format"));
            if (format == null) {
                throw feedback.invalid("format", "must be html, md or text");
            }
        }
        Feedback.StdoutVisibility stdout = d.stdout();
        if (feedback.has("stdout")) {
            stdout = Feedback.StdoutVisibility.named(feedback.text("stdout"));
            if (stdout == null) {
                throw feedback.invalid("stdout", "must be hidden, visible, after_due_date or after_published");
            }
        }
        return new Feedback(format, stdout);
    }

    private static String javaName(Fields entry, String key) throws InvalidAssignmentException {
        String name = entry.text(key);
        if (!JAVA_NAME.matcher(name).matches()) {
            throw entry.invalid(key, "is \"" + name + "\", which is not a fully qualified Java name");
        }
        return name;
    }

    private static Path existingDirectory(Path dir, Fields fields, String key, String value)
            throws InvalidAssignmentException {
        Path p = dir.resolve(value).normalize();
        if (!Files.isDirectory(p)) {
            throw fields.invalid(key, "is \"" + value + "\", which is not a folder (" + p + ")");
        }
        return p;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** Jackson's message without the parser's internals (source and marker positions). */
    private static String firstClause(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf(" (start marker");
        if (cut < 0) {
            cut = m.indexOf('\n');
        }
        return cut < 0 ? m : m.substring(0, cut);
    }

    /** A JSON object of assignment.json with the path to it, for messages that name the field. */
    private static final class Fields {
        final Path file;
        final JsonNode node;
        final String where;

        Fields(Path file, JsonNode node) {
            this(file, node, "");
        }

        Fields(Path file, JsonNode node, String where) {
            this.file = file;
            this.node = node;
            this.where = where;
        }

        InvalidAssignmentException invalid(String key, String problem) {
            return new InvalidAssignmentException(file.getFileName() + ": " + where + key + " " + problem);
        }

        boolean has(String key) {
            return node.has(key) && !node.get(key).isNull();
        }

        void onlyKnown(Set<String> known, String prefix) throws InvalidAssignmentException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    throw new InvalidAssignmentException(file.getFileName() + ": unknown field " + prefix + key
                            + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        String text(String key) throws InvalidAssignmentException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw invalid(key, "is missing");
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw invalid(key, "must be a non-empty string");
            }
            return v.asText().trim();
        }

        String optionalText(String key, String fallback) throws InvalidAssignmentException {
            return has(key) ? text(key) : fallback;
        }

        List<String> texts(String key) throws InvalidAssignmentException {
            JsonNode v = node.get(key);
            if (v == null || !v.isArray()) {
                throw invalid(key, "must be a list of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual() || e.asText().isBlank()) {
                    throw invalid(key, "must be a list of non-empty strings");
                }
                out.add(e.asText().trim());
            }
            return out;
        }

        Fields object(String key) throws InvalidAssignmentException {
            JsonNode v = node.get(key);
            if (v == null || !v.isObject()) {
                throw invalid(key, "must be an object");
            }
            return new Fields(file, v, where + key + ".");
        }

        List<Fields> objects(String key) throws InvalidAssignmentException {
            JsonNode v = node.get(key);
            if (v == null || !v.isArray()) {
                throw invalid(key, "must be a list of objects");
            }
            List<Fields> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isObject()) {
                    throw invalid(key, "entry " + i + " must be an object");
                }
                out.add(new Fields(file, v.get(i), where + key + "[" + i + "]."));
            }
            return out;
        }

        double positive(String key, double fallback) throws InvalidAssignmentException {
            if (!has(key)) {
                return fallback;
            }
            JsonNode v = node.get(key);
            if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) {
                throw invalid(key, "must be a positive number");
            }
            return v.asDouble();
        }
    }
}
