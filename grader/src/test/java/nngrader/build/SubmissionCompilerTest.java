package nngrader.build;

import static nngrader.build.DemoCourse.BYE;
import static nngrader.build.DemoCourse.BYE_SOLVED;
import static nngrader.build.DemoCourse.HELLO;
import static nngrader.build.DemoCourse.HELLO_SOLVED;
import static nngrader.build.DemoCourse.SUBMIT;
import static nngrader.build.DemoCourse.greet;
import static nngrader.build.DemoCourse.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngrader.build.FileOutcome.Status;
import nngrader.locate.LocatedSubmission;
import nngrader.locate.SubmissionLocator;

/** Submissions as folders, through locate and build, then the compiled classes loaded and called. */
class SubmissionCompilerTest {

    static final String STUB_CALLED = "UnsupportedOperationException: TODO: greet";
    /** A file that did not compile: its class is a stand-in that asks the grader, through the worker's runtime. */
    static final String STAND_IN = "a stand-in for the reference";

    @TempDir
    Path work;

    private TemplateSources template;
    private Path submission;
    private Path classes;

    @BeforeEach
    void setUp() {
        template = DemoCourse.template(work.resolve("bundle/template"));
        submission = work.resolve("submission");
        classes = work.resolve("classes");
    }

    @Test
    void aCorrectSubmissionCompilesAndItsClassesAreTheStudents() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED);
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        assertEquals(List.of(new FileOutcome(BYE, Status.COMPILED, ""), new FileOutcome(HELLO, Status.COMPILED, "")),
                compiled.files());
        assertEquals(classes, compiled.classesDir());
        assertEquals("HELLO ADA!", greet(classes, "demo.Hello", "Ada"));
        assertEquals("bye Ada", greet(classes, "demo.Bye", "Ada"));
        assertTrue(Files.exists(classes.resolve("demo/Util.class")), "the given classes are compiled too");
        assertTrue(Files.exists(classes.resolve("demo/Demo.class")));
    }

    @Test
    void aForkedRepoIsCompiledOverTheTemplateNotOverTheStudentsCopyOfTheApi() throws Exception {
        write(submission, "repo/src/main/java/demo/Hello.java", HELLO_SOLVED);
        write(submission, "repo/src/main/java/demo/Bye.java", BYE_SOLVED);
        write(submission, "repo/src/main/java/demo/Util.java",
                DemoCourse.UTIL.replace("return s.toUpperCase() + \"!\";", "return \"changed by the student\";"));
        write(submission, "repo/src/main/java/demo/Greeter.java", "package demo; public interface Greeter { }");

        CompiledSubmission compiled = compile();

        assertEquals(Status.COMPILED, compiled.outcome(HELLO).orElseThrow().status());
        assertEquals("HELLO ADA!", greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void aSyntaxErrorFallsBackToTheStubWithJavacsDiagnostics() throws Exception {
        write(submission, "src/main/java/demo/Hello.java", HELLO_SOLVED.replace("name);", "name)"));
        write(submission, "src/main/java/demo/Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        FileOutcome hello = compiled.outcome(HELLO).orElseThrow();
        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertEquals("""
                src/main/java/demo/Hello.java:6: error: ';' expected
                        return Util.shout("hello " + name)
                                                          ^
                1 error""", hello.diagnostics());
        assertFalse(hello.diagnostics().contains(work.toString()), "no grader path in what the student reads");
        assertEquals(java.util.Set.of(HELLO), compiled.standIns());
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void onlyTheBrokenFileFallsBack() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("Util.shout(", "Util.whisper("));
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        assertEquals(Status.FELL_BACK_TO_STUB, compiled.outcome(HELLO).orElseThrow().status());
        assertTrue(compiled.outcome(HELLO).orElseThrow().diagnostics().startsWith("""
                Hello.java:6: error: cannot find symbol
                        return Util.whisper("hello " + name);
                                   ^
                  symbol:   method whisper(java.lang.String)
                  location: class demo.Util"""), compiled.outcome(HELLO).orElseThrow().diagnostics());
        assertEquals(new FileOutcome(BYE, Status.COMPILED, ""), compiled.outcome(BYE).orElseThrow());
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
        assertEquals("bye Ada", greet(classes, "demo.Bye", "Ada"));
    }

    @Test
    void twoBrokenFilesBothFallBack() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("return", "retrun"));
        write(submission, "Bye.java", BYE_SOLVED.replace("String name", "int name"));

        CompiledSubmission compiled = compile();

        assertEquals(List.of(Status.FELL_BACK_TO_STUB, Status.FELL_BACK_TO_STUB),
                compiled.files().stream().map(FileOutcome::status).toList());
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
        assertEquals(STAND_IN, greet(classes, "demo.Bye", "Ada"));
    }

    @Test
    void aBrokenClassHeaderIsReportedAsTheSyntaxErrorItIs() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("public class Hello", "public clas Hello"));
        write(submission, "Bye.java", BYE_SOLVED.replace("package demo;", "package wrong;"));

        CompiledSubmission compiled = compile();

        assertTrue(compiled.outcome(HELLO).orElseThrow().diagnostics().startsWith("Hello.java:3: error: "),
                compiled.outcome(HELLO).orElseThrow().diagnostics());
        assertEquals("Bye.java declares package wrong but must be in package demo",
                compiled.outcome(BYE).orElseThrow().diagnostics());
    }

    @Test
    void aFileInTheWrongPackageFallsBackAndSaysWhichPackage() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("package demo;", "package foo;"));
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        assertEquals(new FileOutcome(HELLO, Status.FELL_BACK_TO_STUB,
                "Hello.java declares package foo but must be in package demo"), compiled.outcome(HELLO).orElseThrow());
        assertEquals(Status.COMPILED, compiled.outcome(BYE).orElseThrow().status());
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
        assertFalse(Files.exists(classes.resolve("foo")));
    }

    @Test
    void aFileWithoutAPackageLineFallsBack() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("package demo;", ""));

        assertEquals("Hello.java has no package line but must be in package demo",
                compile().outcome(HELLO).orElseThrow().diagnostics());
    }

    @Test
    void aSignatureThatDoesNotMatchTheInterfaceIsJavacsMessageAfterTheExpectedSignature() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("@Override\n", "").replace("String name", "Object name"));

        FileOutcome hello = compile().outcome(HELLO).orElseThrow();

        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().startsWith("class demo.Hello must implement String greet(String name) of "
                + "Greeter, with exactly this signature; Hello.java has String greet(Object name) instead\n"),
                hello.diagnostics());
        assertTrue(hello.diagnostics().contains("Hello.java:3: error: demo.Hello is not abstract and does not "
                + "override abstract method greet(java.lang.String) in demo.Greeter"), hello.diagnostics());
    }

    @Test
    void aClassThatNoLongerImplementsTheInterfaceFallsBack() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace(" implements Greeter", "").replace("@Override\n", ""));

        FileOutcome hello = compile().outcome(HELLO).orElseThrow();

        assertEquals(new FileOutcome(HELLO, Status.FELL_BACK_TO_STUB,
                "class demo.Hello in Hello.java must implement demo.Greeter, as the template's version does"), hello);
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void aFileThatDoesNotDeclareTheClassFallsBack() throws Exception {
        write(submission, "Hello.java", "package demo;\nclass Howdy implements Greeter {\n"
                + "    public String greet(String name) { return \"howdy\"; }\n}\n");

        assertEquals("Hello.java does not declare class demo.Hello, which the tests use",
                compile().outcome(HELLO).orElseThrow().diagnostics());
        assertEquals(STAND_IN, greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void aFileThatBreaksAGivenFileFallsBack() throws Exception {
        // Demo calls new Hello(); without a no-argument constructor the error is in the template's Demo.java
        write(submission, "Hello.java", HELLO_SOLVED.replace("public class Hello implements Greeter {",
                "public class Hello implements Greeter {\n    public Hello(String prefix) {\n    }\n"));
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        FileOutcome hello = compiled.outcome(HELLO).orElseThrow();
        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().startsWith("with Hello.java in place, other files do not compile:\n"
                + "demo/Demo.java:6: error: constructor Hello in class demo.Hello cannot be applied to given types;"),
                hello.diagnostics());
        assertEquals(Status.COMPILED, compiled.outcome(BYE).orElseThrow().status());
    }

    @Test
    void aStudentClassThatDuplicatesAGivenClassFallsBack() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED + "\nclass Util {\n}\n");

        FileOutcome hello = compile().outcome(HELLO).orElseThrow();

        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().contains("duplicate class: demo.Util"), hello.diagnostics());
    }

    @Test
    void theGradersOwnClassPathIsNotVisibleToStudentCode() throws Exception {
        write(submission, "Hello.java",
                HELLO_SOLVED.replace("package demo;", "package demo;\nimport nngrader.build.SubmissionCompiler;"));

        FileOutcome hello = compile().outcome(HELLO).orElseThrow();

        assertEquals(Status.FELL_BACK_TO_STUB, hello.status());
        assertTrue(hello.diagnostics().contains("package nngrader.build does not exist"), hello.diagnostics());
    }

    @Test
    void aMissingFileUsesTheStubAndSaysWhy() throws Exception {
        write(submission, "Bye.java", BYE_SOLVED);

        CompiledSubmission compiled = compile();

        assertEquals(new FileOutcome(HELLO, Status.NOT_SUBMITTED,
                "Hello.java was not found in your submission; expected demo/Hello.java"),
                compiled.outcome(HELLO).orElseThrow());
        assertEquals(STUB_CALLED, greet(classes, "demo.Hello", "Ada"));
        assertEquals("bye Ada", greet(classes, "demo.Bye", "Ada"));
    }

    @Test
    void aNonexistentSubmissionCompilesTheTemplateAlone() throws Exception {
        CompiledSubmission compiled = compile();

        assertEquals(List.of(Status.NOT_SUBMITTED, Status.NOT_SUBMITTED),
                compiled.files().stream().map(FileOutcome::status).toList());
        assertEquals(STUB_CALLED, greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void crlfLineEndingsGiveTheRightLineInDiagnostics() throws Exception {
        write(submission, "Hello.java", HELLO_SOLVED.replace("name);", "nam);").replace("\n", "\r\n"));

        String diagnostics = compile().outcome(HELLO).orElseThrow().diagnostics();

        assertTrue(diagnostics.startsWith("Hello.java:6: error: cannot find symbol\n"
                + "        return Util.shout(\"hello \" + nam);\n"
                + "                                     ^\n"), diagnostics);
        assertFalse(diagnostics.contains("\r"));
    }

    @Test
    void aLatin1SourceKeepsItsCharacters() throws Exception {
        write(submission, "Hello.java",
                HELLO_SOLVED.replace("\"hello \"", "\"olá \"").getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(Status.COMPILED, compile().outcome(HELLO).orElseThrow().status());
        assertEquals("OLÁ ADA!", greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void aByteOrderMarkedCrlfSourceCompiles() throws Exception {
        byte[] body = HELLO_SOLVED.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        write(submission, "Hello.java", bytes);

        assertEquals(Status.COMPILED, compile().outcome(HELLO).orElseThrow().status());
        assertEquals("HELLO ADA!", greet(classes, "demo.Hello", "Ada"));
    }

    @Test
    void manyErrorsAreCapped() throws Exception {
        var body = new StringBuilder("package demo;\npublic class Hello implements Greeter {\n"
                + "    public String greet(String name) {\n");
        for (int i = 0; i < 30; i++) {
            body.append("        int x").append(i).append(" = \"not a number\";\n");
        }
        body.append("        return name;\n    }\n}\n");
        write(submission, "Hello.java", body.toString());

        String diagnostics = compile().outcome(HELLO).orElseThrow().diagnostics();

        assertEquals(20, diagnostics.split("error: incompatible types", -1).length - 1);
        assertTrue(diagnostics.endsWith("... and 10 more not shown\n30 errors"), diagnostics);
    }

    @Test
    void aTemplateThatDoesNotCompileIsTheAssignmentsError() {
        write(template.root(), "demo/Util.java", DemoCourse.UTIL.replace("return", "retrun"));

        var e = assertThrows(BrokenTemplateException.class, this::compile);

        assertTrue(e.getMessage().contains("does not compile with its stubs"), e.getMessage());
        assertTrue(e.getMessage().contains("demo/Util.java:9: error:"), e.getMessage());
    }

    @Test
    void aTemplateWithoutAStubIsTheAssignmentsError() throws Exception {
        Files.delete(template.root().resolve("demo/Bye.java"));

        var e = assertThrows(BrokenTemplateException.class, this::compile);

        assertTrue(e.getMessage().contains("has no stub for demo/Bye.java"), e.getMessage());
    }

    @Test
    void theOutputFolderMustBeEmpty() {
        write(classes, "stale/Old.class", "stale");

        assertThrows(IllegalArgumentException.class, this::compile);
    }

    private CompiledSubmission compile() {
        LocatedSubmission located = new SubmissionLocator().locate(submission, SUBMIT);
        return new SubmissionCompiler().compile(located, template, classes);
    }
}
