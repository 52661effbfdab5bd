package nngrader.preview;

import com.fasterxml.jackson.databind.JsonNode;
import nngrader.report.markup.HtmlMarkup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Gradescope {@code results.json} as one HTML page, laid out as Gradescope shows a student their
 * autograder results: the score, the output about the whole submission, then each test with its
 * points and output. It shows what a student sees before the grades are published, or after with
 * {@code published}: a test that is {@code hidden} (or not yet shown) is left out and counted.
 *
 * <p>The page loads nothing and runs no script: a Content-Security-Policy allows only inline styles
 * and {@code data:} images, so that even a results file with markup in it cannot act in the browser
 * of the person previewing it.
 */
public final class GradescopePreview {
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }
            .score { font-size: 1.4rem; font-weight: bold; }
            .test { border: 1px solid #ccc; border-radius: 4px; margin: 1rem 0; }
            .test > h2 { font-size: 1rem; margin: 0; padding: .5rem .8rem; }
            .passed > h2 { background: #e6f4ea; } .failed > h2 { background: #fce8e6; } .status > h2 { background: #eef; }
            .body { padding: .2rem .8rem; overflow-x: auto; }
            pre { background: #f6f6f6; padding: .5rem; overflow-x: auto; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; text-align: right; }
            figure { margin: .5rem 0; } figcaption { font-size: .85rem; color: #555; }
            .note { color: #555; font-style: italic; }
            """;

    private final OutputRenderer renderer = new OutputRenderer();

    /**
     * @param published show the tests a student sees once grades are published ({@code after_due_date},
     *                  {@code after_published}), not only those visible now
     */
    public String page(JsonNode results, String title, boolean published) {
        List<JsonNode> shown = new ArrayList<>();
        int left = 0;
        for (JsonNode test : results.path("tests")) {
            if (seen(test.path("visibility").asText("visible"), published)) {
                shown.add(test);
            } else {
                left++;
            }
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<title>").append(HtmlMarkup.escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(HtmlMarkup.escape(title)).append("</h1>\n");
        html.append("<p class=\"score\">").append(score(results, left > 0)).append("</p>\n");
        if (results.hasNonNull("output")) {
            html.append("<section class=\"output\">").append(renderer.render(results.get("output").asText(),
                    results.path("output_format").asText("text"))).append("</section>\n");
        }
        String testFormat = results.path("test_output_format").asText("text");
        for (JsonNode test : shown) {
            html.append(test(test, testFormat)).append('\n');
        }
        if (left > 0) {
            html.append("<p class=\"note\">").append(left).append(left == 1 ? " test is" : " tests are")
                    .append(published ? " hidden from students." : " not shown to students yet.").append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static boolean seen(String visibility, boolean published) {
        return switch (visibility.toLowerCase(Locale.ROOT)) {
            case "hidden" -> false;
            case "after_due_date", "after_published" -> published;
            default -> true;
        };
    }

    /** "Autograder score: 86 / 100", or that it is withheld while some tests are not shown. */
    private static String score(JsonNode results, boolean someHidden) {
        double max = 0;
        for (JsonNode test : results.path("tests")) {
            max += test.path("max_score").asDouble(0);
        }
        String total = number(results.path("score").asDouble(0)) + " / " + number(max);
        return someHidden ? "Autograder score: hidden until every test is shown (the staff see " + total + ")"
                : "Autograder score: " + total;
    }

    private String test(JsonNode test, String defaultFormat) {
        boolean scored = test.has("max_score") || test.has("score");
        String status = test.path("status").asText(scored && test.path("score").asDouble(0)
                >= test.path("max_score").asDouble(0) ? "passed" : "failed");
        StringBuilder heading = new StringBuilder();
        if (test.hasNonNull("number")) {
            heading.append(HtmlMarkup.escape(test.get("number").asText())).append(") ");
        }
        heading.append(HtmlMarkup.escape(test.path("name").asText("")));
        if (scored) {
            heading.append(" (").append(number(test.path("score").asDouble(0))).append(" / ")
                    .append(number(test.path("max_score").asDouble(0))).append(')');
        }
        String css = scored ? status : "status " + status;
        StringBuilder html = new StringBuilder("<div class=\"test ").append(css).append("\"><h2>")
                .append(heading).append("</h2>");
        if (test.hasNonNull("output")) {
            html.append("<div class=\"body\">").append(renderer.render(test.get("output").asText(),
                    test.path("output_format").asText(defaultFormat))).append("</div>");
        }
        return html.append("</div>").toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
