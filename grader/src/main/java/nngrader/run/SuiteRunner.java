package nngrader.run;

import nngrader.assignment.Assignment;
import nngrader.assignment.SubmittedFile;
import nngrader.sandbox.ReferenceCalls;
import nngrader.sandbox.StudentObjects;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an assignment's hidden JUnit suite in this (the grader's) JVM with the JUnit Platform
 * Launcher. Student objects reach the tests through {@code students} (the worker's, in a grading); the
 * verdict never leaves here.
 */
public final class SuiteRunner {
    /** The extensions a grading run turns on (listed in META-INF/services for JUnit's auto-detection), and no other. */
    private static final String EXTENSIONS = String.join(",", GradingExtension.class.getName(),
            StudentParameter.class.getName(), ReferenceParameter.class.getName(), GradeParameter.class.getName(),
            SeededParameter.class.getName());

    private final boolean adaptiveDeadlines;
    private final boolean stopAtFirstLoss;

    /** Deadlines adapt after repeated timeouts unless {@code -Dnngrader.adaptiveDeadlines=false}. */
    public SuiteRunner() {
        this(AdaptiveDeadlines.enabledBySystemProperty());
    }

    /** @param adaptiveDeadlines whether later tests get shorter limits after repeated timeouts ({@link AdaptiveDeadlines}) */
    public SuiteRunner(boolean adaptiveDeadlines) {
        this(adaptiveDeadlines, false);
    }

    private SuiteRunner(boolean adaptiveDeadlines, boolean stopAtFirstLoss) {
        this.adaptiveDeadlines = adaptiveDeadlines;
        this.stopAtFirstLoss = stopAtFirstLoss;
    }

    /**
     * A runner that skips every test after the first one that loses points, which then say so: for
     * {@code grader verify}'s mutants, which one lost point kills. Never for a student's grade.
     */
    public SuiteRunner stoppingAtFirstLoss() {
        return new SuiteRunner(adaptiveDeadlines, true);
    }

    /**
     * @param fingerprint the submission's content hash, which seeds randomized inputs
     * @param budgetEnds  when the run's time budget is spent; tests not started by then are not run
     */
    public RunResult run(Assignment assignment, StudentObjects students, String fingerprint, Instant budgetEnds) {
        return run(assignment, students, fingerprint, budgetEnds, Map.of());
    }

    /**
     * @param notCompiled submitted files that did not compile and have a stand-in in the worker, with the
     *                    compiler's errors: their own tests fail with those errors, and the reference answers
     *                    the calls other files make into them
     */
    public RunResult run(Assignment assignment, StudentObjects students, String fingerprint, Instant budgetEnds,
            Map<SubmittedFile, String> notCompiled) {
        try (URLClassLoader suiteLoader = suiteLoader(assignment)) {
            return run(assignment, students, suiteLoader, fingerprint, budgetEnds, notCompiled);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the suite with its classes from {@code suiteLoader}, which runs that follow one another (a seed
     * sweep's) can share: the suite and the reference are then loaded and compiled to machine code once.
     *
     * @param seedKey     what seeds randomized inputs: the submission's fingerprint, or a sweep's seed
     * @param budgetEnds  when the run's time budget is spent; tests not started by then are not run
     * @param notCompiled as above
     */
    public RunResult run(Assignment assignment, StudentObjects students, ClassLoader suiteLoader, String seedKey,
            Instant budgetEnds, Map<SubmittedFile, String> notCompiled) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            // JUnit finds test classes and extensions through the context class loader.
            thread.setContextClassLoader(suiteLoader);
            students.answerStandInsWith(referenceCalls(notCompiled.keySet(), suiteLoader));
            Map<String, String> diagnostics = new HashMap<>();
            notCompiled.forEach((file, errors) -> diagnostics.put(file.className(), errors));
            Session session = new Session(assignment, students, suiteLoader, seedKey, budgetEnds,
                    new AdaptiveDeadlines(adaptiveDeadlines), diagnostics, stopAtFirstLoss);
            List<Class<?>> classes = SuiteClasses.load(assignment.suite().classPath(),
                    assignment.suite().packages(), suiteLoader);
            OutcomeCollector collector = new OutcomeCollector(session);
            try (LauncherSession launcherSession = LauncherFactory.openSession()) {
                session.attachTo(launcherSession);
                launcherSession.getLauncher().execute(request(classes), collector);
            }
            return collector.result();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The reference classes that answer for the files that did not compile, loaded here, in the grader's JVM. */
    private static ReferenceCalls referenceCalls(Set<SubmittedFile> notCompiled, ClassLoader suiteLoader) {
        Map<String, ReferenceCalls.StandIn> standIns = new HashMap<>();
        for (SubmittedFile file : notCompiled) {
            try {
                standIns.put(file.className(), new ReferenceCalls.StandIn(
                        Class.forName(file.implementsInterface(), false, suiteLoader),
                        Class.forName(file.className(), true, suiteLoader)));
            } catch (ClassNotFoundException | LinkageError e) {
                // without a reference its stand-in's calls are refused, and the tests using it fail as before
            }
        }
        return new ReferenceCalls(standIns);
    }

    /** A class loader of the hidden suite's class path (the suite and the reference), to close after use. */
    public static URLClassLoader suiteLoader(Assignment assignment) {
        return new URLClassLoader("hidden-suite", urls(assignment.suite().classPath()),
                SuiteRunner.class.getClassLoader());
    }

    private static LauncherDiscoveryRequest request(List<Class<?>> classes) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList())
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.include", EXTENSIONS)
                .configurationParameter("junit.jupiter.testclass.order.default",
                        "org.junit.jupiter.api.ClassOrderer$OrderAnnotation")
                .configurationParameter("junit.jupiter.testmethod.order.default",
                        "org.junit.jupiter.api.MethodOrderer$OrderAnnotation")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    private static URL[] urls(List<Path> classPath) {
        return classPath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad class path entry " + p, e);
            }
        }).toArray(URL[]::new);
    }
}
