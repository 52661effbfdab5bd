package nngrader.build;

import java.net.URI;
import java.net.URISyntaxException;

import javax.tools.SimpleJavaFileObject;

import nngrader.assignment.SubmittedFile;

/**
 * A source held in memory, so that no path of the grader's (temporary folders, the bundle) reaches javac or
 * its messages. A student's file is named, in diagnostics, by where it sits in the submission.
 */
final class SourceFile extends SimpleJavaFileObject {

    private final String path;
    private final String shownPath;
    private final String content;
    private final SubmittedFile wanted;

    private SourceFile(String origin, String path, String shownPath, String content, SubmittedFile wanted) {
        super(uri(origin, path), Kind.SOURCE);
        this.path = path;
        this.shownPath = shownPath;
        this.content = content;
        this.wanted = wanted;
    }

    /** A template file at {@code path} below the template root, e.g. {@code demo/Util.java}. */
    static SourceFile template(String path, String content) {
        return new SourceFile("template", path, path, content, null);
    }

    /** A student's copy of {@code wanted}, found at {@code shownPath} in the submission. */
    static SourceFile student(SubmittedFile wanted, String shownPath, String content) {
        return new SourceFile("student", wanted.file(), shownPath, content, wanted);
    }

    /** Path below the source root, e.g. {@code demo/Hello.java}: the file it replaces or is. */
    String path() {
        return path;
    }

    /** The path a reader of the diagnostics knows this file by. */
    String shownPath() {
        return shownPath;
    }

    String content() {
        return content;
    }

    /** The wanted file this is the student's copy of, or null for a template file. */
    SubmittedFile wanted() {
        return wanted;
    }

    boolean isStudent() {
        return wanted != null;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return content;
    }

    private static URI uri(String origin, String path) {
        try {
            return new URI("mem", null, "/" + origin + "/" + path, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable source path: " + path, e);
        }
    }
}
