package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nngrader.scratch.ScratchFolder;
import java.nio.charset.StandardCharsets;
import nngrader.sandbox.ReplyReader.Reply;
import nngrader.sandbox.wire.DecodeBudget;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireJson;
import org.junit.jupiter.api.Test;

/**
 * Replies forged by student code (written straight to the worker's real stdout) cost the grader no
 * more than a fixed budget, however small the frame that holds them: found with a 36 MB frame of
 * empty arrays and a 45 MB output string at a 256 MB heap.
 */
class ReplyReaderTest {
    static final int FRAME_CAP = 64 * 1024 * 1024;
    static final JsonFactory JSON = WireJson.factory(FRAME_CAP);
    /** 1 MB and 64 thousand values: small, so that each case below is far over it. */
    static final DecodeBudget BUDGET = new DecodeBudget(64 * 1024, 1024 * 1024);

    /** The worker's class path holds one class, nn.Mine. */
    static final SubmissionClasses CLASSES = classes();

    final ReplyReader reader = new ReplyReader(JSON, new ValueCodec(), 100, BUDGET, CLASSES);

    @Test
    void manyEmptyInnerArraysAreOverTheBudgetThoughTheFrameIsSmall() {
        StringBuilder frame = new StringBuilder("{\"value\":[");
        for (int i = 0; i < 200_000; i++) {
            frame.append(i == 0 ? "[]" : ",[]");
        }
        frame.append("],\"id\":1}");
        assertTrue(frame.length() < 1024 * 1024, "the frame itself is within the budget");
        IOException e = assertThrows(IOException.class, () -> read(frame.toString(), double[][].class));
        assertEquals("more than 65536 values or 1 MB, the most the grader reads from one reply", e.getMessage());
    }

    @Test
    void aLongStringValueIsOverTheBudgetBeforeItIsDecoded() {
        String frame = "{\"value\":\"" + "x".repeat(800_000) + "\",\"id\":1}";
        assertThrows(DecodeBudget.ReplyOverBudget.class, () -> read(frame, String.class));
    }

    @Test
    void outputIsCutToTheCapAndWhatWasCutIsCounted() throws IOException {
        String frame = "{\"output\":\"" + "ab\\n".repeat(2_000_000) + "\",\"id\":1}";
        Reply reply = (Reply) read(frame, null);
        String kept = "ab\n".repeat(33) + "a";       // 100 characters, 133 bytes of the frame
        assertEquals(kept, reply.output());
        // counted with what the worker dropped, for the note under the test's output ("[... N more bytes not shown]")
        assertEquals(4L * 2_000_000 - 133, reply.dropped());
    }

    @Test
    void outputWithinTheCapKeepsEscapesAndNonAsciiText() throws IOException {
        Reply reply = (Reply) read("{\"id\":7,\"output\":\"é→😀 \\\"q\\\" \\u00e9\\t\"}", null);
        assertEquals("é→😀 \"q\" é\t", reply.output());
        assertEquals(7, reply.id());
    }

    @Test
    void valuesWithinTheBudgetArriveWhole() throws IOException {
        Reply reply = (Reply) read("{\"id\":1,\"value\":[[1.0,2.0],[],[3.5]],\"output\":\"\"}", double[][].class);
        assertArrayEquals(new double[][] {{1, 2}, {}, {3.5}}, (double[][]) reply.value());
    }

    @Test
    void aLongExceptionMessageIsCut() throws IOException {
        Reply reply = (Reply) read("{\"id\":1,\"threw\":{\"class\":\"java.lang.RuntimeException\",\"message\":\""
                + "m".repeat(10_000) + "\"}}", null);
        assertTrue(reply.failure().getMessage().endsWith("m".repeat(10) + "..."), reply.failure().getMessage());
        assertTrue(reply.failure().getMessage().length() < 4200);
    }

    @Test
    void aFrameInUtf16IsRefusedItsStringsCouldNotBeSizedBeforeDecoding() {
        byte[] utf16 = ("{\"output\":\"" + "x".repeat(1000) + "\",\"id\":1}").getBytes(StandardCharsets.UTF_16LE);
        IOException e = assertThrows(IOException.class,
                () -> reader.read(utf16, null, new java.lang.reflect.Type[0], Handles.NONE, "nn.Mine.run"));
        assertEquals("a frame is JSON in UTF-8", e.getMessage());
    }

    @Test
    void whichSideThrewIsTheGradersToSayNotTheWorkers() throws IOException {
        Reply reply = (Reply) reader.read(("{\"id\":1,\"threw\":{\"class\":\"java.lang.IllegalStateException\","
                + "\"message\":\"x\",\"where\":\"the grader itself\"}}").getBytes(StandardCharsets.UTF_8), null,
                new java.lang.reflect.Type[0], Handles.NONE, "nn.Mine.softmax");
        assertEquals("nn.Mine.softmax threw java.lang.IllegalStateException: x", reply.failure().getMessage());
    }

    @Test
    void aStaticInitializerIsToldApartFromAConstructor() throws IOException {
        Reply reply = (Reply) reader.read(("{\"id\":1,\"threw\":{\"class\":\"java.lang.ArithmeticException\","
                + "\"where\":\"nn.Other.<clinit>\"}}").getBytes(StandardCharsets.UTF_8), null,
                new java.lang.reflect.Type[0], Handles.NONE, "nn.Mine.<init>");
        assertEquals("the static initializer of nn.Mine threw java.lang.ArithmeticException",
                reply.failure().getMessage());
    }

    @Test
    void framesThatNameClassesOutsideTheSubmissionAreDropped() throws IOException {
        Reply reply = (Reply) read("{\"id\":1,\"threw\":{\"class\":\"java.lang.RuntimeException\",\"frames\":["
                + "[\"nn.softmax.grading.SoftmaxTests\",\"secretHelper\",\"SoftmaxTests.java\",42],"
                + "[\"nn.Mine$1\",\"run\",\"Mine.java\",7],[\"nn.Mine\",\"softmax\",\"Mine.java\",3]]}}", null);
        assertEquals(List.of("nn.Mine$1.run(Mine.java:7)", "nn.Mine.softmax(Mine.java:3)"),
                Stream.of(reply.failure().getStackTrace()).map(StackTraceElement::toString).toList());
    }

    private ReplyReader.Message read(String frame, Class<?> type) throws IOException {
        return reader.read(frame.getBytes(StandardCharsets.UTF_8), type, new java.lang.reflect.Type[0], Handles.NONE,
                "nn.Mine.run");
    }

    private static SubmissionClasses classes() {
        try {
            Path folder = Files.createTempDirectory("nngrader-test-classes-");
            Files.createDirectories(folder.resolve("nn"));
            Files.write(folder.resolve("nn/Mine.class"), new byte[0]);
            SubmissionClasses classes = SubmissionClasses.of(List.of(folder));
            ScratchFolder.delete(folder);
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
