package nngrader.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import nngrader.report.HostileReportsForPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The preview page of a hostile report, opened in headless Chromium (Debian's package, which
 * {@code .ci/setup --chromium} installs): every plot loads as an image, no script runs and no element or link
 * came from a student's text, which shows as text.
 */
class PreviewInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Runs in the harness page, which may read the preview in its frame (same origin); the preview runs nothing. */
    private static final String HARNESS = """
            <!DOCTYPE html><html><body><pre id="out">pending</pre>
            <iframe id="f" src="preview.html" style="width:1000px;height:3000px"></iframe>
            <script>
            window.ran = 0;
            document.getElementById('f').addEventListener('load', () => setTimeout(() => {
              const d = document.getElementById('f').contentDocument;
              const images = Array.from(d.images);
              const report = {
                images: images.length,
                loaded: images.filter(i => i.complete && i.naturalWidth > 0).length,
                scripts: d.querySelectorAll('script').length,
                links: d.querySelectorAll('a, area, iframe, object, embed, form, input, button').length,
                handlers: Array.from(d.querySelectorAll('*')).filter(e => Array.from(e.attributes)
                    .some(a => a.name.startsWith('on'))).length,
                foreignImages: images.filter(i => !i.src.startsWith('data:image/png;base64,')).length,
                bold: Array.from(d.querySelectorAll('b, em, i, h3, h4, ul, ol, blockquote, hr')).length,
                ran: window.parent.ran,
                text: d.body.innerText
              };
              document.getElementById('out').textContent = JSON.stringify(report);
            }, 500));
            </script></body></html>
            """;

    @Test
    void thePlotsLoadAndNothingAStudentWroteActsInTheBrowser(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("this test needs Debian's Chromium at " + CHROMIUM + ": bash .ci/setup --chromium (or apt-get install chromium)");
        }
        JsonNode results = new ObjectMapper().readTree(HostileReportsForPreview.gradescopeJson());
        Files.writeString(dir.resolve("preview.html"), new GradescopePreview().page(results, "Preview", false));
        Files.writeString(dir.resolve("harness.html"), HARNESS);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            byte[] body = file.startsWith(dir) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String dom = dumpDom("http://127.0.0.1:" + server.getAddress().getPort() + "/harness.html", dir);
            Matcher out = Pattern.compile("<pre id=\"out\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
            assertTrue(out.find(), dom);
            String reportText = out.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            assertTrue(reportText.startsWith("{"), "the harness never saw the page load: " + reportText);
            JsonNode report = new ObjectMapper().readTree(reportText);
            assertEquals(1, report.get("images").asInt(), "the plot is an image: " + report);
            assertEquals(1, report.get("loaded").asInt(), "and it loads: " + report);
            assertEquals(0, report.get("foreignImages").asInt(), report.toString());
            assertEquals(0, report.get("scripts").asInt(), report.toString());
            assertEquals(0, report.get("links").asInt(), report.toString());
            assertEquals(0, report.get("handlers").asInt(), report.toString());
            assertEquals(0, report.get("bold").asInt(), report.toString());
            String text = report.get("text").asText();
            for (String attack : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
                    "[a link](http://evil.example/a)", "</pre></p><b>bold</b><p>")) {
                assertTrue(text.contains(attack), "shown as text: " + attack + "\n" + text);
            }
        } finally {
            server.stop(0);
        }
    }

    private static String dumpDom(String url, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom", url)
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] dom = chromium.getInputStream().readAllBytes();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish in 120 s");
        }
        return new String(dom, StandardCharsets.UTF_8);
    }
}
