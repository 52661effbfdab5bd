package nn.softmax.bundle;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gradescope's specification of results.json (gradescope-autograders.readthedocs.io, "Autograder
 * Specifications"), field by field: which keys each level may hold, their types, the allowed values
 * of status, visibility and output formats; and this project's own rules on top (DESIGN.md): no
 * nulls, every test has a status, a score and a maximum or neither (an entry with a status only), the
 * score is the sum of the tests' scores.
 */
final class GradescopeSpec {
    static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");
    static final Set<String> FORMATS = Set.of("text", "html", "simple_format", "md", "ansi");
    static final Set<String> STATUSES = Set.of("passed", "failed");

    private static final Map<String, Kind> TOP = Map.ofEntries(Map.entry("score", Kind.NUMBER),
            Map.entry("execution_time", Kind.NUMBER), Map.entry("output", Kind.TEXT),
            Map.entry("output_format", Kind.FORMAT), Map.entry("test_output_format", Kind.FORMAT),
            Map.entry("test_name_format", Kind.FORMAT), Map.entry("visibility", Kind.VISIBILITY),
            Map.entry("stdout_visibility", Kind.VISIBILITY), Map.entry("extra_data", Kind.OBJECT),
            Map.entry("tests", Kind.LIST), Map.entry("leaderboard", Kind.LIST));
    private static final Map<String, Kind> TEST = Map.ofEntries(Map.entry("score", Kind.NUMBER),
            Map.entry("max_score", Kind.NUMBER), Map.entry("status", Kind.STATUS), Map.entry("name", Kind.TEXT),
            Map.entry("name_format", Kind.FORMAT), Map.entry("number", Kind.TEXT), Map.entry("output", Kind.TEXT),
            Map.entry("output_format", Kind.FORMAT), Map.entry("tags", Kind.TEXTS),
            Map.entry("visibility", Kind.VISIBILITY), Map.entry("extra_data", Kind.OBJECT));
    private static final Map<String, Kind> LEADER = Map.of("name", Kind.TEXT, "value", Kind.NUMBER_OR_TEXT,
            "order", Kind.ORDER);

    private GradescopeSpec() {
    }

    /** Everything in {@code results} that breaks the specification; empty when it conforms. */
    static List<String> problems(JsonNode results) {
        List<String> problems = new ArrayList<>();
        if (results == null || !results.isObject()) {
            return List.of("results.json is not a JSON object");
        }
        check(results, TOP, "", problems);
        if (!results.has("score")) {
            problems.add("score is missing (the grader always sets the total)");
        }
        double sum = 0;
        JsonNode tests = results.path("tests");
        for (int i = 0; i < tests.size(); i++) {
            JsonNode test = tests.get(i);
            String where = "tests[" + i + "].";
            if (!test.isObject()) {
                problems.add(where + " is not an object");
                continue;
            }
            check(test, TEST, where, problems);
            for (String required : List.of("status", "name")) {
                if (!test.has(required)) {
                    problems.add(where + required + " is missing");
                }
            }
            // an entry with a status and no points is the spec's status-only test ("Files found and compiled")
            if (test.has("score") != test.has("max_score")) {
                problems.add(where + (test.has("score") ? "max_score" : "score") + " is missing (a test has both"
                        + " or, with a status only, neither)");
            }
            double score = test.path("score").asDouble();
            if (score < 0 || score > test.path("max_score").asDouble() + 1e-9) {
                problems.add(where + "score " + score + " is not within [0, max_score]");
            }
            if (test.path("status").asText().equals("passed") && score + 1e-9 < test.path("max_score").asDouble()) {
                problems.add(where + "status is passed but the score is below max_score");
            }
            sum += score;
        }
        if (results.has("score") && Math.abs(results.get("score").asDouble() - sum) > 1e-6) {
            problems.add("score " + results.get("score").asDouble() + " is not the sum of the tests' scores " + sum);
        }
        JsonNode board = results.path("leaderboard");
        for (int i = 0; i < board.size(); i++) {
            check(board.get(i), LEADER, "leaderboard[" + i + "].", problems);
        }
        return problems;
    }

    private static void check(JsonNode object, Map<String, Kind> allowed, String where, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Kind kind = allowed.get(field.getKey());
            if (kind == null) {
                problems.add(where + field.getKey() + " is not a key of the specification");
            } else if (!kind.accepts(field.getValue())) {
                problems.add(where + field.getKey() + " is " + field.getValue() + ", not " + kind.name().toLowerCase());
            }
        }
    }

    private enum Kind {
        NUMBER, TEXT, TEXTS, OBJECT, LIST, FORMAT, VISIBILITY, STATUS, ORDER, NUMBER_OR_TEXT;

        boolean accepts(JsonNode v) {
            return switch (this) {
                case NUMBER -> v.isNumber() && Double.isFinite(v.asDouble());
                case TEXT -> v.isTextual();
                case TEXTS -> v.isArray() && iterable(v).stream().allMatch(JsonNode::isTextual);
                case OBJECT -> v.isObject();
                case LIST -> v.isArray();
                case FORMAT -> v.isTextual() && FORMATS.contains(v.asText());
                case VISIBILITY -> v.isTextual() && VISIBILITIES.contains(v.asText());
                case STATUS -> v.isTextual() && STATUSES.contains(v.asText());
                case ORDER -> v.isTextual() && Set.of("asc", "desc").contains(v.asText());
                case NUMBER_OR_TEXT -> (v.isNumber() && Double.isFinite(v.asDouble())) || v.isTextual();
            };
        }

        private static List<JsonNode> iterable(JsonNode array) {
            List<JsonNode> all = new ArrayList<>();
            array.forEach(all::add);
            return all;
        }
    }
}
