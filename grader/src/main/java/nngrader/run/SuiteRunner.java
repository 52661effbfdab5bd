package nngrader.run;

import nngrader.assignment.Assignment;
import nngrader.sandbox.Sandbox;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs an assignment's hidden JUnit suite in this (the grader's) JVM with the JUnit Platform
 * Launcher. Student objects reach the tests through {@code sandbox}; the verdict never leaves here.
 */
public final class SuiteRunner {
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
    public RunResult run(Assignment assignment, Sandbox sandbox, String fingerprint, Instant budgetEnds) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader suiteLoader = new URLClassLoader("hidden-suite",
                urls(assignment.suite().classPath()), SuiteRunner.class.getClassLoader())) {
            // JUnit finds test classes and extensions through the context class loader.
            thread.setContextClassLoader(suiteLoader);
            Session session = Session.open(new Session(UUID.randomUUID().toString(), assignment, sandbox,
                    suiteLoader, fingerprint, budgetEnds, new AdaptiveDeadlines(adaptiveDeadlines), stopAtFirstLoss));
            try {
                List<Class<?>> classes = SuiteClasses.load(assignment.suite().classPath(),
                        assignment.suite().packages(), suiteLoader);
                OutcomeCollector collector = new OutcomeCollector(session);
                Launcher launcher = LauncherFactory.create();
                launcher.execute(request(classes, session), collector);
                return collector.result();
            } finally {
                session.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static LauncherDiscoveryRequest request(List<Class<?>> classes, Session session) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList())
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Session.PARAMETER, session.id)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter("junit.jupiter.extensions.autodetection.include", GradingExtension.class.getName())
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
