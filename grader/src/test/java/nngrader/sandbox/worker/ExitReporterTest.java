package nngrader.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExitReporterTest {

    @Test
    void findsTheStudentFramesBelowRuntimeExit() {
        StackTraceElement[] stack = {
            frame("java.lang.Thread", "join", "java.base"),
            frame("java.lang.Shutdown", "exit", "java.base"),
            frame("java.lang.Runtime", "exit", "java.base"),
            frame("java.lang.System", "exit", "java.base"),
            frame("nn.Quitter", "run", null),
            frame("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", "java.base"),
            frame("nngrader.sandbox.worker.Dispatcher", "call", null),
        };
        List<StackTraceElement> caller = ExitReporter.callerOfExit(stack);
        assertEquals(List.of(stack[4]), caller);
    }

    @Test
    void aStackThatIsNotExitingIsIgnored() {
        assertNull(ExitReporter.callerOfExit(new StackTraceElement[] {frame("nn.A", "run", null)}));
    }

    private static StackTraceElement frame(String className, String method, String module) {
        return new StackTraceElement(null, module, null, className, method, "F.java", 1);
    }
}
