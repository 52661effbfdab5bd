package nngrader.scaffold;

import javax.lang.model.SourceVersion;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names a new assignment's files use, all derived from its id:
 *
 * <pre>{@code
 * AssignmentNames.of("conv-layers", null)
 *   // id conv-layers, title "Conv layers", package nn.convlayers,
 *   // API nn.convlayers.ConvLayersApi, student file nn/convlayers/ConvLayers.java
 * }</pre>
 *
 * @param id          the assignment's id: lower-case letters and digits in words joined by '-'
 * @param title       a first title for students, from the id
 * @param javaPackage the course package of its API, solution and hidden suite ({@code .grading})
 * @param name        the student class's simple name; the API interface is {@code <name>Api}
 */
public record AssignmentNames(String id, String title, String javaPackage, String name) {
    /** A subset of what {@code assignment.json} accepts, so that the id also makes a package and a class name. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** The course's code lives below this package, as nn.softmax and nn.mlp do. */
    public static final String COURSE_PACKAGE = "nn";

    /**
     * @param javaPackage the package to use, or null for {@code nn.<the id without '-'>}
     * @throws ScaffoldException when the id or the package is not usable, saying what would be
     */
    public static AssignmentNames of(String id, String javaPackage) throws ScaffoldException {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ScaffoldException("the assignment id \"" + id + "\" must be lower-case letters and digits,"
                    + " starting with a letter, in words joined by '-', e.g. \"conv-layers\"");
        }
        String pkg = javaPackage != null ? javaPackage : COURSE_PACKAGE + "." + id.replace("-", "");
        if (!SourceVersion.isName(pkg) || !pkg.equals(pkg.toLowerCase(Locale.ROOT))) {
            throw new ScaffoldException("\"" + pkg + "\" is not a lower-case Java package name"
                    + (javaPackage == null ? "; choose one with --package, e.g. --package nn.layers" : ""));
        }
        if (pkg.equals("java") || pkg.equals("javax") || pkg.startsWith("java.") || pkg.startsWith("javax.")) {
            throw new ScaffoldException("\"" + pkg + "\" is in java.* or javax.*, which the JVM keeps for the JDK's own"
                    + " classes; choose another --package, e.g. --package nn.layers");
        }
        String name = Arrays.stream(id.split("-")).map(AssignmentNames::capitalized).collect(Collectors.joining());
        String title = capitalized(id.replace('-', ' '));
        return new AssignmentNames(id, title, pkg, name);
    }

    /** The package as a folder below a source root, e.g. {@code nn/convlayers}. */
    public String packagePath() {
        return javaPackage.replace('.', '/');
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
