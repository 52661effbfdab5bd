package nngrader.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * Keeps the class files of one compilation in memory, so that only a clean compilation reaches the output
 * folder and a failed attempt leaves nothing stale behind.
 */
public final class ClassFiles extends ForwardingJavaFileManager<JavaFileManager> {

    private final Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
    private final Map<String, URI> sources = new TreeMap<>();

    public ClassFiles(JavaFileManager delegate) {
        super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) throws IOException {
        if (kind != JavaFileObject.Kind.CLASS) {
            throw new IOException("unexpected compiler output " + className + kind.extension);
        }
        URI uri = URI.create("mem:///classes/" + className.replace('.', '/') + kind.extension);
        if (sibling != null) {
            sources.put(className, sibling.toUri());
        }
        return new SimpleJavaFileObject(uri, kind) {
            @Override
            public OutputStream openOutputStream() {
                var bytes = new ByteArrayOutputStream();
                classes.put(className, bytes);
                return bytes;
            }
        };
    }

    /** The source each class was compiled from, by binary name, where javac said. */
    Map<String, URI> sources() {
        return Map.copyOf(sources);
    }

    /** The class files written so far, by binary name (e.g. {@code demo.Hello$1}). */
    public Map<String, byte[]> classes() {
        var copy = new TreeMap<String, byte[]>();
        classes.forEach((name, bytes) -> copy.put(name, bytes.toByteArray()));
        return copy;
    }
}
