package nn.softmax.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The specification check that GradescopeBundleTest relies on accepts what Gradescope does and nothing else. */
class GradescopeSpecTest {
    static final String VALID = """
            { "score": 3.5, "execution_time": 2.4, "output": "Your files: ...", "output_format": "text",
              "visibility": "visible", "stdout_visibility": "hidden",
              "tests": [ { "status": "passed", "name": "Files found and compiled", "output": "ok" },
                         { "score": 2, "max_score": 2, "status": "passed", "name": "softmax", "number": "1.1",
                           "tags": ["softmax"], "visibility": "after_published" },
                         { "score": 1.5, "max_score": 3, "status": "failed", "name": "training", "number": "1.2",
                           "output": "accuracy 0.5", "output_format": "md", "visibility": "hidden" } ],
              "leaderboard": [ { "name": "accuracy", "value": 0.91, "order": "desc" } ] }
            """;

    @Test
    void aResultsFileAsTheSpecificationShowsConforms() throws Exception {
        assertEquals(List.of(), GradescopeSpec.problems(json(VALID)));
    }

    @Test
    void eachBreachIsFound() throws Exception {
        List<String[]> breaches = List.of(
                new String[] {"\"score\": 3.5", "\"score\": 4", "not the sum"},
                new String[] {"\"score\": 3.5,", "", "score is missing"},
                new String[] {"\"status\": \"passed\"", "\"status\": \"ok\"", "status is"},
                new String[] {"\"status\": \"failed\",", "", "status is missing"},
                new String[] {"\"visibility\": \"hidden\"", "\"visibility\": \"secret\"", "visibility is"},
                new String[] {"\"output_format\": \"md\"", "\"output_format\": \"markdown\"", "output_format is"},
                new String[] {"\"number\": \"1.1\"", "\"number\": 1.1", "number is"},
                new String[] {"\"number\": \"1.1\"", "\"number\": null", "number is"},
                new String[] {"\"tags\": [\"softmax\"]", "\"tags\": \"softmax\"", "tags is"},
                new String[] {"\"name\": \"softmax\"", "\"title\": \"softmax\"", "title is not a key"},
                new String[] {"\"execution_time\": 2.4", "\"runtime\": 2.4", "runtime is not a key"},
                new String[] {"\"order\": \"desc\"", "\"order\": \"down\"", "order is"},
                new String[] {"\"score\": 2, \"max_score\": 2", "\"score\": 2, \"max_score\": 1", "not within"},
                new String[] {"\"score\": 2, \"max_score\": 2", "\"score\": 2", "max_score is missing"});
        for (String[] b : breaches) {
            assertTrue(VALID.contains(b[0]), b[0]);
            List<String> problems = GradescopeSpec.problems(json(VALID.replaceFirst(java.util.regex.Pattern.quote(b[0]),
                    b[1])));
            assertTrue(problems.stream().anyMatch(p -> p.contains(b[2])), b[1] + " gives " + problems);
        }
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
