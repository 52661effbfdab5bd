package nngrader.build;

import static nngrader.build.DemoCourse.BYE;
import static nngrader.build.DemoCourse.BYE_SOLVED;
import static nngrader.build.DemoCourse.HELLO;
import static nngrader.build.DemoCourse.HELLO_SOLVED;
import static nngrader.build.DemoCourse.SUBMIT;
import static nngrader.build.DemoCourse.greet;
import static nngrader.build.DemoCourse.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngrader.build.FileOutcome.Status;
import nngrader.locate.SubmissionLocator;

/** Compilation in a child JVM with limits: a file the compiler cannot finish costs only itself. */
class BoundedCompilerTest {

    /** 16 try/finally blocks, each in the last one's finally: javac's work doubles with each level. */
    static final String RUNAWAY;

    static {
        String body = "n++;";
        for (int i = 0; i < 16; i++) {
            body = "try { n++; } finally { " + body + " }";
        }
        RUNAWAY = HELLO_SOLVED.replace("public class Hello implements Greeter {",
                "public class Hello implements Greeter {\n    static int nested(int n) {\n        " + body
                        + "\n        return n;\n    }\n");
    }

    @TempDir
    Path work;

    @Test
    void aCorrectSubmissionCompilesAsInProcess() throws Exception {
        Path submission = work.resolve("submission");
        write(submission, "Hello.java", HELLO_SOLVED);
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile(submission, new BoundedCompiler());

        assertEquals(Status.COMPILED, compiled.outcome(HELLO).orElseThrow().status());
        assertEquals(Status.COMPILED, compiled.outcome(BYE).orElseThrow().status());
        assertEquals("HELLO ADA!", greet(work.resolve("classes"), "demo.Hello", "Ada"));
    }

    @Test
    void aFileThatTheCompilerCannotFinishFallsBackAloneWithWhy() throws Exception {
        Path submission = work.resolve("submission");
        write(submission, "Hello.java", RUNAWAY);
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile(submission, new BoundedCompiler(Duration.ofSeconds(5), 128));

        FileOutcome hello = compiled.outcome(HELLO).orElseThrow();
        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().matches("Hello\\.java (took longer than 5 s|needed more than 128 MB) to compile:"
                + " the compiler was stopped\\..*"), hello.diagnostics());
        assertEquals(java.util.Set.of(HELLO), compiled.standIns(), "its calls are answered by the reference");
        assertEquals(SubmissionCompilerTest.STAND_IN, greet(work.resolve("classes"), "demo.Hello", "Ada"));
        assertEquals(Status.COMPILED, compiled.outcome(BYE).orElseThrow().status());
        assertEquals("bye Ada", greet(work.resolve("classes"), "demo.Bye", "Ada"));
    }

    @Test
    void aKeptCompilerCompilesSubmissionAfterSubmissionInOneJvm() throws Exception {
        BoundedCompiler compiler = BoundedCompiler.keptWarm();
        long jvm = 0;
        for (String name : new String[] {"ada", "bob", "cy"}) {
            Path submission = work.resolve(name);
            write(submission, "Hello.java", HELLO_SOLVED.replace("\"hello \"", "\"" + name + " \""));
            write(submission, "Bye.java", BYE_SOLVED);
            Path classes = work.resolve(name + "-classes");
            CompiledSubmission compiled = compiler.compile(new SubmissionLocator().locate(submission, SUBMIT),
                    DemoCourse.template(work.resolve("bundle/template")), classes);
            assertEquals(Status.COMPILED, compiled.outcome(HELLO).orElseThrow().status());
            assertEquals(name.toUpperCase() + " ADA!", greet(classes, "demo.Hello", "Ada"), "its own classes");
            long pid = compiler.keptJvm().orElseThrow();
            assertTrue(jvm == 0 || jvm == pid, "one compiler JVM for all three");
            jvm = pid;
        }
    }

    @Test
    void aFileThatStopsTheKeptCompilerCostsOnlyItselfAndTheNextSubmissionHasAFreshJvm() throws Exception {
        BoundedCompiler compiler = new BoundedCompiler(Duration.ofSeconds(5), 128, true);
        Path ok = work.resolve("ok");
        write(ok, "Hello.java", HELLO_SOLVED);
        write(ok, "Bye.java", BYE_SOLVED);
        compiler.compile(new SubmissionLocator().locate(ok, SUBMIT), DemoCourse.template(work.resolve("bundle/template")),
                work.resolve("ok-classes"));
        long before = compiler.keptJvm().orElseThrow();

        Path submission = work.resolve("submission");
        write(submission, "Hello.java", RUNAWAY);
        write(submission, "Bye.java", BYE_SOLVED);
        CompiledSubmission compiled = compile(submission, compiler);
        FileOutcome hello = compiled.outcome(HELLO).orElseThrow();
        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().matches("Hello\\.java (took longer than 5 s|needed more than 128 MB) to compile:"
                + " the compiler was stopped\\..*"), hello.diagnostics());
        assertEquals(Status.COMPILED, compiled.outcome(BYE).orElseThrow().status());
        assertTrue(ProcessHandle.of(before).map(p -> !p.isAlive()).orElse(true), "the stopped JVM is gone");

        Path next = work.resolve("next");
        write(next, "Hello.java", HELLO_SOLVED);
        write(next, "Bye.java", BYE_SOLVED);
        Path classes = work.resolve("next-classes");
        CompiledSubmission fine = compiler.compile(new SubmissionLocator().locate(next, SUBMIT),
                DemoCourse.template(work.resolve("bundle/template")), classes);
        assertEquals(Status.COMPILED, fine.outcome(HELLO).orElseThrow().status());
        assertEquals("HELLO ADA!", greet(classes, "demo.Hello", "Ada"));
    }

    private CompiledSubmission compile(Path submission, BoundedCompiler compiler) {
        return compiler.compile(new SubmissionLocator().locate(submission, SUBMIT),
                DemoCourse.template(work.resolve("bundle/template")), work.resolve("classes"));
    }
}
