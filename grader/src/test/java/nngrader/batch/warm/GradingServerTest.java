package nngrader.batch.warm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code grader serve}'s loop: a reply line per request, whatever the request or its command does. */
class GradingServerTest {
    @TempDir
    Path dir;

    private final List<List<String>> ran = new ArrayList<>();

    private List<String> serve(String... requests) throws Exception {
        GradingServer server = new GradingServer((arguments, out) -> {
            ran.add(arguments);
            if (arguments.contains("--boom")) {
                throw new IllegalStateException("the grader broke");
            }
            out.println("graded " + arguments.get(arguments.size() - 1));
            return 0;
        });
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        server.serve(new ByteArrayInputStream((String.join("\n", requests) + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(replies, true, StandardCharsets.UTF_8));
        return replies.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String request(Path log, String... arguments) {
        return "{\"arguments\":[" + String.join(",", List.of(arguments).stream().map(a -> "\"" + a + "\"").toList())
                + "],\"log\":\"" + log + "\"}";
    }

    @Test
    void eachRequestIsRunAndAnsweredWithItsExitStatusAndPrintsToItsLog() throws Exception {
        Path ada = dir.resolve("ada.log");
        Path bob = dir.resolve("bob.log");
        List<String> replies = serve(request(ada, "grade", "--submission", "ada"), request(bob, "grade", "bob"));
        assertEquals(List.of(GradingServer.REPLY + 0, GradingServer.REPLY + 0), replies);
        assertEquals(List.of(List.of("grade", "--submission", "ada"), List.of("grade", "bob")), ran);
        assertEquals("graded ada", Files.readString(ada).strip());
        assertEquals("graded bob", Files.readString(bob).strip());
    }

    @Test
    void onlyGradeIsServed() throws Exception {
        Path log = dir.resolve("log");
        assertEquals(List.of(GradingServer.REPLY + 2), serve(request(log, "template", "--out", "/")));
        assertTrue(ran.isEmpty());
        assertTrue(Files.readString(log).contains("only grade is served"), Files.readString(log));
    }

    @Test
    void aRequestThatFailsIsAnsweredAndTheNextIsServed() throws Exception {
        Path broken = dir.resolve("broken.log");
        List<String> replies = serve("not json", request(broken, "grade", "--boom"),
                request(dir.resolve("missing-folder/x.log"), "grade", "x"), request(dir.resolve("ok.log"), "grade", "ok"));
        assertEquals(List.of(GradingServer.REPLY + GradingServer.FAILED, GradingServer.REPLY + GradingServer.FAILED,
                GradingServer.REPLY + GradingServer.FAILED, GradingServer.REPLY + 0), replies);
        assertTrue(Files.readString(broken).contains("the grader broke"), "its log has the trace");
        assertEquals("graded ok", Files.readString(dir.resolve("ok.log")).strip());
    }
}
