package nngrader.sandbox.worker;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nngrader.sandbox.wire.WireJson;

/**
 * The worker JVM's entry point: {@code WorkerMain <maxFrameBytes> <outputCapBytes>}.
 *
 * <p>It takes the real stdin and stdout for frames and points System.out, System.err and
 * System.in elsewhere before any student class is loaded, so nothing the student prints can be
 * mistaken for a frame. Then it answers requests one at a time, forever; when the grader closes
 * the stream it halts (student threads and shutdown hooks cannot keep it alive).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        int maxFrameBytes = Integer.parseInt(args[0]);
        int outputCapBytes = Integer.parseInt(args[1]);
        // read before any student code runs, which could set the property
        boolean makingArchive = "make".equals(System.getProperty("nngrader.cds"));

        FrameChannel channel = new FrameChannel(new FileInputStream(FileDescriptor.in),
                new FileOutputStream(FileDescriptor.out), maxFrameBytes);
        OutputCapture output = new OutputCapture(outputCapBytes);
        PrintStream printed = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(printed);
        System.setErr(printed);
        System.setIn(InputStream.nullInputStream());

        GraderLink link = new GraderLink(channel, WireJson.factory(maxFrameBytes));
        GraderLink.install(link);
        Dispatcher dispatcher = new Dispatcher(WireJson.factory(maxFrameBytes), maxFrameBytes,
                submissionLoader(makingArchive), output, printed);
        Runtime.getRuntime().addShutdownHook(new Thread(new ExitReporter(channel, dispatcher.replies()), "exit-reporter"));
        channel.send(dispatcher.replies().ready());

        try {
            for (byte[] request = channel.receive(); request != null; request = channel.receive()) {
                link.open();
                byte[] reply;
                try {
                    reply = answer(dispatcher, request);
                } finally {
                    link.close();
                }
                channel.send(reply);
            }
        } finally {
            if (makingArchive) {
                // grader cds's grading of the template: a JVM writes its class-data archive only on a normal exit
                System.exit(0);
            }
            Runtime.getRuntime().halt(0);
        }
    }

    /**
     * The loader of the submission's classes: the class path's, except in grader cds's grading of the template. A
     * JVM making a class-data archive refuses to exit normally once it has loaded a class from a folder on its class
     * path ("Cannot have non-empty directory in paths"), so there the template's classes come from a loader of their
     * own, from the folders that {@code -Dnngrader.cds.classes} names, and are left out of the archive.
     */
    private static ClassLoader submissionLoader(boolean makingArchive) throws MalformedURLException {
        String folders = makingArchive ? System.getProperty("nngrader.cds.classes") : null;
        if (folders == null) {
            return ClassLoader.getSystemClassLoader();
        }
        List<URL> urls = new ArrayList<>();
        for (String folder : folders.split(File.pathSeparator)) {
            urls.add(Path.of(folder).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getSystemClassLoader());
    }

    /** Whatever goes wrong, the grader gets an answer and the worker stays up for the next call. */
    private static byte[] answer(Dispatcher dispatcher, byte[] request) throws java.io.IOException {
        try {
            return dispatcher.handle(request);
        } catch (Throwable e) {
            return dispatcher.replies().refused(dispatcher.current(), "the worker failed: " + e.getClass().getName(),
                    OutputCapture.Printed.NOTHING);
        }
    }
}
