package nngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Feedback;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a student's code threw or printed, and whatever file names it used, shows as text: in
 * Gradescope's HTML and Markdown outputs and in the Markdown report, no part of it becomes a tag,
 * a link, an image, a heading or emphasis. The HTML is parsed as a browser would (jsoup), the
 * Markdown rendered by a CommonMark renderer that lets raw HTML through, as a careless platform might.
 */
class FeedbackMarkupTest {
    private static final Set<String> HTML_WE_WRITE = Set.of("p", "br", "pre", "strong", "table", "thead", "tbody", "tr",
            "th", "td", "figure", "img", "figcaption");
    private static final Set<String> HTML_FROM_OUR_MARKDOWN = Set.of("p", "br", "pre", "code", "strong", "table",
            "thead", "tbody", "tr", "th", "td");

    @Test
    void inHtmlEveryStudentTextIsTextAndTheOnlyImagesAreTheGradersPlots() throws Exception {
        JsonNode json = gradescope(Feedback.Format.HTML);
        assertEquals("html", json.get("output_format").asText());
        for (String html : outputs(json)) {
            Document doc = Jsoup.parseBodyFragment(html);
            for (Element e : doc.body().getAllElements()) {
                if (e == doc.body()) {
                    continue;
                }
                assertTrue(HTML_WE_WRITE.contains(e.tagName()), "an element the grader does not write: " + e.outerHtml());
                for (Attribute a : e.attributes()) {
                    assertTrue(e.tagName().equals("img") && Set.of("src", "alt", "style").contains(a.getKey()),
                            "an attribute the grader does not write: " + a + " in " + e.tagName());
                }
            }
            for (Element img : doc.select("img")) {
                assertTrue(img.attr("src").startsWith("data:image/png;base64,"), img.attr("src"));
            }
        }
        Document test = Jsoup.parseBodyFragment(studentTest(json));
        for (String attack : HostileReports.ATTACKS) {
            assertTrue(test.text().contains(attack), "shown as text: " + attack + "\n" + test.text());
        }
        assertEquals(List.of("the hint <script>alert(1)</script>"), test.select("strong").eachText(),
                "the hint is bold, and nothing else");
        assertEquals(1, test.select("table").size(), "the worst entries are a table");
        assertEquals(1, test.select("img").size(), "the plot is an image");
        assertTrue(test.select("img").attr("alt").contains("<script>alert(1)</script>"), "alt text is text too");
        Document summary = Jsoup.parseBodyFragment(json.get("output").asText());
        assertTrue(summary.text().contains("<img src=x onerror=alert(2)>"), summary.text());
    }

    @Test
    void inGradescopesMarkdownEveryStudentTextIsText() throws Exception {
        JsonNode json = gradescope(Feedback.Format.MARKDOWN);
        assertEquals("md", json.get("output_format").asText());
        for (String md : outputs(json)) {
            assertRendersAsTextOnly(md);
        }
        Document test = Jsoup.parseBodyFragment(render(studentTest(json)));
        assertEquals(List.of("the hint <script>alert(1)</script>"), test.select("strong").eachText());
        assertEquals(1, test.select("table").size());
        assertTrue(test.text().contains("Plot: "), "a plot is its words where Markdown shows no image: " + test.text());
    }

    @Test
    void inTheMarkdownReportEveryStudentTextIsText() {
        String md = new MarkdownReport().toMarkdown(HostileReports.everyTextHostile(Feedback.Format.HTML));
        String failure = md.substring(md.indexOf("### 1.1 sigmoid"));
        assertRendersAsTextOnly(failure.substring(failure.indexOf('\n')));
    }

    @Test
    void inTextEveryStudentTextIsAsItWas() throws Exception {
        JsonNode json = gradescope(Feedback.Format.TEXT);
        assertEquals("text", json.get("output_format").asText());
        String output = studentTest(json);
        assertTrue(output.contains(HostileReports.TEXT), output);
    }

    private static void assertRendersAsTextOnly(String md) {
        Document doc = Jsoup.parseBodyFragment(render(md));
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body()) {
                assertTrue(HTML_FROM_OUR_MARKDOWN.contains(e.tagName()), "became markup: " + e.outerHtml() + "\nin:\n" + md);
            }
        }
        String text = doc.text().replace("\u2060", "");
        for (String attack : HostileReports.ATTACKS) {
            assertTrue(text.contains(attack), "shown as text: " + attack + "\nrendered: " + text + "\nfrom:\n" + md);
        }
    }

    private static String render(String md) {
        var tables = List.of(TablesExtension.create(), AutolinkExtension.create());
        return HtmlRenderer.builder().extensions(tables).build().render(Parser.builder().extensions(tables).build().parse(md));
    }

    private static JsonNode gradescope(Feedback.Format format) throws Exception {
        byte[] bytes = new GradescopeResults(new SolidPainter(8)).bytes(HostileReports.everyTextHostile(format));
        return new ObjectMapper().readTree(bytes);
    }

    /** The output of the one graded test (after the status entry, if there is one). */
    private static String studentTest(JsonNode json) {
        for (JsonNode t : json.get("tests")) {
            if (t.has("number")) {
                return t.path("output").asText();
            }
        }
        throw new AssertionError("no graded test in " + json);
    }

    private static List<String> outputs(JsonNode json) {
        List<String> outputs = new java.util.ArrayList<>(List.of(json.get("output").asText()));
        json.get("tests").forEach(t -> outputs.add(t.path("output").asText("")));
        return outputs;
    }
}
