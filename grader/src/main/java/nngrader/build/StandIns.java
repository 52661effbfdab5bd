package nngrader.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import nngrader.assignment.SubmittedFile;

/**
 * Compiles, for a submitted file that did not compile, a stand-in: a class of the same name that implements the
 * same API interface, whose every method asks the grader (through {@code nngrader.sandbox.worker.Forwarded}),
 * which answers with the reference. The other files' code was compiled against the template's stub, which has
 * the same constructor and methods, so it links to the stand-in unchanged. No reference code is in it.
 * <pre>
 * public class Softmax implements nn.softmax.SoftmaxRegression {
 *     private final nngrader.sandbox.worker.Forwarded grader = nngrader.sandbox.worker.Forwarded.create("nn.softmax.Softmax");
 *     public double[] softmax(double[] a0) {
 *         return (double[]) grader.call(nn.softmax.SoftmaxRegression.class, "softmax", new Class&lt;?&gt;[] {double[].class}, new Object[] {a0});
 *     }
 * }
 * </pre>
 */
final class StandIns {
    private static final String FORWARDED = "nngrader.sandbox.worker.Forwarded";

    /** The signatures of the worker's class, to compile against without the grader on the class path. */
    private static final SourceFile FORWARDED_SIGNATURES = SourceFile.template("nngrader/sandbox/worker/Forwarded.java", """
            package nngrader.sandbox.worker;
            public final class Forwarded {
                public static Forwarded create(String className) { throw new AssertionError(); }
                public Object call(Class<?> api, String method, Class<?>[] params, Object[] args) { throw new AssertionError(); }
            }
            """);

    /**
     * The class files of each file's stand-in, by binary name. A file whose stand-in cannot be made (a nested
     * class, a generic API) is left out: it keeps its stub.
     */
    Map<SubmittedFile, Map<String, byte[]>> compile(Javac javac, Map<String, SourceFile> templateFiles,
                                                   Collection<SubmittedFile> files) {
        List<SourceFile> template = List.copyOf(templateFiles.values());
        Map<SubmittedFile, String> sources = javac.analyzed(template, (elements, types) -> {
            var made = new LinkedHashMap<SubmittedFile, String>();
            for (SubmittedFile file : files) {
                String source = source(file, elements, types);
                if (source != null) {
                    made.put(file, source);
                }
            }
            return made;
        });
        if (sources == null || sources.isEmpty()) {
            return Map.of();
        }
        var byPath = new TreeMap<>(templateFiles);
        sources.forEach((file, source) -> byPath.put(file.file(), SourceFile.template(file.file(), source)));
        byPath.put(FORWARDED_SIGNATURES.path(), FORWARDED_SIGNATURES);
        Javac.Attempt attempt = javac.attempt(new ArrayList<>(byPath.values()));
        if (!attempt.succeeded()) {
            return Map.of();
        }
        var classes = new LinkedHashMap<SubmittedFile, Map<String, byte[]>>();
        for (SubmittedFile file : sources.keySet()) {
            classes.put(file, attempt.classes().entrySet().stream()
                    .filter(c -> isClassOrNested(c.getKey(), file.className()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        return classes;
    }

    static boolean isClassOrNested(String binaryName, String className) {
        return binaryName.equals(className) || binaryName.startsWith(className + "$");
    }

    /** The stand-in's source, or null if this file cannot have one. */
    private static String source(SubmittedFile file, Elements elements, Types types) {
        TypeElement api = elements.getTypeElement(file.implementsInterface());
        TypeElement stub = elements.getTypeElement(file.className());
        if (api == null || api.getKind() != ElementKind.INTERFACE || !api.getTypeParameters().isEmpty()
                || stub == null || stub.getNestingKind().isNested()) {
            return null;
        }
        String simpleName = stub.getSimpleName().toString();
        var source = new StringBuilder();
        if (!file.packageName().isEmpty()) {
            source.append("package ").append(file.packageName()).append(";\n\n");
        }
        source.append("/** Stands in for ").append(file.fileName()).append(", which did not compile: the grader answers ")
                .append("each method with the reference. */\n");
        source.append("public class ").append(simpleName).append(" implements ").append(api.getQualifiedName())
                .append(" {\n");
        source.append("    private final ").append(FORWARDED).append(" grader = ").append(FORWARDED)
                .append(".create(\"").append(file.className()).append("\");\n");
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(api))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
                continue;
            }
            if (!method.getTypeParameters().isEmpty()) {
                return null;
            }
            source.append(method(api, method, types));
        }
        return source.append("}\n").toString();
    }

    private static String method(TypeElement api, ExecutableElement method, Types types) {
        var params = new ArrayList<String>();
        var classes = new ArrayList<String>();
        var args = new ArrayList<String>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            TypeMirror type = method.getParameters().get(i).asType();
            params.add(type + " a" + i);
            classes.add(types.erasure(type) + ".class");
            args.add("a" + i);
        }
        TypeMirror returned = method.getReturnType();
        String call = "grader.call(" + api.getQualifiedName() + ".class, \"" + method.getSimpleName() + "\", new Class<?>[] {"
                + String.join(", ", classes) + "}, new Object[] {" + String.join(", ", args) + "})";
        String body = returned.getKind() == TypeKind.VOID ? call + ";"
                : "return (" + (returned.getKind().isPrimitive()
                        ? types.boxedClass((PrimitiveType) returned).getQualifiedName().toString() : returned.toString())
                        + ") " + call + ";";
        String thrown = method.getThrownTypes().isEmpty() ? ""
                : " throws " + method.getThrownTypes().stream().map(TypeMirror::toString).collect(Collectors.joining(", "));
        return "    @Override\n    public " + returned + " " + method.getSimpleName() + "(" + String.join(", ", params)
                + ")" + thrown + " {\n        " + body + "\n    }\n";
    }
}
