package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nngrader.sandbox.fixtures.CounterFactory;
import nngrader.sandbox.fixtures.GoodCounterFactory;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grader's answers to a stand-in's callbacks, frame by frame: reference objects returned as an API interface
 * stay in the grader under handles the worker can call and pass back, and every forged or misused handle is
 * refused, never a crash.
 */
class ReferenceCallsTest {
    static final String FACTORY = "nngrader.sandbox.ReferenceCallsTest$GoodShop";
    static final String COUNTER_API = "nngrader.sandbox.fixtures.Counter";
    static final String FACTORY_API = "nngrader.sandbox.fixtures.CounterFactory";

    /** A stand-in's API whose methods are all inherited: the worker names their declaring interface. */
    public interface Shop extends CounterFactory {
    }

    public static final class GoodShop extends GoodCounterFactory implements Shop {
    }

    static final int MAX_FRAME = 1 << 20;
    final JsonFactory json = WireJson.factory(MAX_FRAME);
    final List<String> answeredFor = new ArrayList<>();
    final CallScope scope = new CallScope() {
        final TestScope inner = TestScope.seconds(20);

        @Override
        public java.time.Instant deadline() {
            return inner.deadline();
        }

        @Override
        public java.time.Duration limit() {
            return inner.limit();
        }

        @Override
        public void studentOutput(String text, long droppedBytes) {
        }

        @Override
        public void answeredByReference(String className) {
            answeredFor.add(className);
        }
    };
    ReferenceCalls.Session session;

    @BeforeEach
    void session() throws IOException {
        session = new ReferenceCalls(Map.of(FACTORY, new ReferenceCalls.StandIn(Shop.class, GoodShop.class)))
                .forWorker(json, new ValueCodec(), MAX_FRAME);
        assertEquals("{\"id\":1,\"created\":1}", answer("{\"callback\":1,\"op\":\"new\",\"class\":\"" + FACTORY + "\"}"));
    }

    @Test
    void aReturnedCounterIsAHandleTheWorkerCanCallAndPassBack() throws IOException {
        assertEquals(value("{\"handle\":2,\"class\":\"nngrader.sandbox.fixtures.GoodCounterFactory$StepCounter\"}"),
                call(1, FACTORY_API, "startAt", "[\"int\"]", "[3]"), "the reference's counter stays here as handle 2");
        assertEquals(value("4"), call(2, COUNTER_API, "increment", "[]", "[]"));
        assertEquals(value("5"), call(2, COUNTER_API, "increment", "[]", "[]"), "the same counter, with its state");
        assertEquals(value("10"), call(1, FACTORY_API, "total", "[\"" + COUNTER_API + "\",\"" + COUNTER_API + "\"]",
                "[{\"handle\":2},{\"handle\":2}]"), "a handle passed back is the reference's own counter");
        assertEquals(List.of(FACTORY, FACTORY, FACTORY, FACTORY), answeredFor,
                "a call on the counter is a call answered for the file that made it");
    }

    @Test
    void theSameObjectKeepsItsHandleAndEachNewOneGetsItsOwn() throws IOException {
        call(1, FACTORY_API, "startAt", "[\"int\"]", "[0]");
        assertEquals(value("{\"handle\":2,\"class\":\"nngrader.sandbox.fixtures.GoodCounterFactory$StepCounter\"}"),
                call(1, FACTORY_API, "same", "[\"" + COUNTER_API + "\"]", "[{\"handle\":2}]"));
        String several = call(1, FACTORY_API, "several", "[\"int\"]", "[2]");
        assertTrue(several.contains("[{\"handle\":3,") && several.contains("{\"handle\":4,"), several);
        assertEquals(value("null"), call(1, FACTORY_API, "none", "[]", "[]"));
    }

    @Test
    void forgedAndMisusedHandlesAreRefused() throws IOException {
        call(1, FACTORY_API, "startAt", "[\"int\"]", "[0]");
        assertRefused("no reference object 9", call(9, COUNTER_API, "value", "[]", "[]"));
        assertRefused("no reference object 9", call(1, FACTORY_API, "same", "[\"" + COUNTER_API + "\"]",
                "[{\"handle\":9}]"));
        assertRefused("reference object 1 is not a " + COUNTER_API, call(1, FACTORY_API, "same",
                "[\"" + COUNTER_API + "\"]", "[{\"handle\":1}]"));
        assertRefused("has no such method", call(1, COUNTER_API, "value", "[]", "[]"));
        assertRefused("has no such method", call(2, FACTORY_API, "startAt", "[\"int\"]", "[0]"));
        assertRefused("has no such method", call(2, "java.lang.Object", "getClass", "[]", "[]"));
        assertRefused("a handle without an id", call(1, FACTORY_API, "same", "[\"" + COUNTER_API + "\"]", "[{}]"));
        assertEquals(value("0"), call(2, COUNTER_API, "value", "[]", "[]"), "and the session still answers");
    }

    private String call(long target, String api, String method, String params, String args) throws IOException {
        return answer("{\"callback\":7,\"op\":\"call\",\"target\":" + target + ",\"api\":\"" + api
                + "\",\"method\":\"" + method + "\",\"params\":" + params + ",\"args\":" + args + "}");
    }

    private String answer(String frame) throws IOException {
        return new String(session.answer(frame.getBytes(StandardCharsets.UTF_8), scope), StandardCharsets.UTF_8);
    }

    /** The answer to a call (each test's callbacks are numbered 7), with this value. */
    private static String value(String json) {
        return "{\"id\":7,\"value\":" + json + "}";
    }

    private static void assertRefused(String why, String answer) {
        assertTrue(answer.startsWith("{\"id\":7,"), answer);
        assertTrue(answer.contains("\"refused\":") && answer.contains(why), answer);
    }
}
