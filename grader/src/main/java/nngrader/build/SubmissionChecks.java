package nngrader.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;

import nngrader.assignment.SubmittedFile;

/**
 * What javac accepts but grading cannot use: a student file in another package than its stub, one that does
 * not declare the class the tests load, or whose class no longer implements the API interface.
 */
final class SubmissionChecks {

    /**
     * Each parsed student file that declares another package than its stub, or does not declare the class the
     * tests use, with a message for the student. Such a file would cause confusing errors in other files.
     */
    Map<SubmittedFile, String> declarations(Map<SourceFile, CompilationUnitTree> units) {
        var problems = new LinkedHashMap<SubmittedFile, String>();
        units.forEach((file, unit) -> {
            SubmittedFile wanted = file.wanted();
            String declared = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            String expected = wanted.packageName();
            if (!declared.equals(expected)) {
                problems.put(wanted, file.shownPath() + " " + describe(declared) + " but must be in "
                        + (expected.isEmpty() ? "the default package (no package line)" : "package " + expected));
            } else if (!declaresTopLevel(unit, topLevelName(wanted))) {
                problems.put(wanted, file.shownPath() + " does not declare class " + wanted.className()
                        + ", which the tests use");
            }
        });
        return problems;
    }

    /** Each student file whose class does not implement its interface, after analysis. */
    Map<SubmittedFile, String> classes(List<SourceFile> students, Elements elements, Types types) {
        var problems = new LinkedHashMap<SubmittedFile, String>();
        for (SourceFile file : students) {
            SubmittedFile wanted = file.wanted();
            TypeElement type = elements.getTypeElement(wanted.className());
            if (type == null) {
                problems.put(wanted, file.shownPath() + " does not declare class " + wanted.className()
                        + ", which the tests use");
                continue;
            }
            String api = wanted.implementsInterface();
            if (api == null || api.isBlank()) {
                continue;
            }
            TypeElement apiType = elements.getTypeElement(api);
            if (apiType == null) {
                throw new BrokenTemplateException("the template has no type " + api + ", which "
                        + wanted.className() + " must implement");
            }
            if (!types.isAssignable(types.erasure(type.asType()), types.erasure(apiType.asType()))) {
                problems.put(wanted, "class " + wanted.className() + " in " + file.shownPath()
                        + " must implement " + api + ", as the template's version does");
            }
        }
        return problems;
    }

    /**
     * For each student file whose class lacks a method of its API interface (usually a signature changed from
     * the interface's), the methods it must implement, as the interface declares them, and what the class
     * declares under the same name instead:
     * <pre>
     * class nn.softmax.Softmax must implement double[] softmax(double[] z) of SoftmaxRegression, with exactly
     * this signature; Softmax.java has double[] softmax(float[] z) instead
     * </pre>
     * Called after analysis with errors, to add to javac's "is not abstract and does not override abstract
     * method softmax(double[])", which names neither the return type nor the parameter names.
     */
    Map<SubmittedFile, String> missingMethods(List<SourceFile> students, Elements elements, Types types) {
        var hints = new LinkedHashMap<SubmittedFile, String>();
        for (SourceFile file : students) {
            SubmittedFile wanted = file.wanted();
            String api = wanted.implementsInterface();
            TypeElement type = elements.getTypeElement(wanted.className());
            TypeElement apiType = api == null || api.isBlank() ? null : elements.getTypeElement(api);
            if (type == null || apiType == null || type.getKind().isInterface()) {
                continue;
            }
            List<ExecutableElement> own = ElementFilter.methodsIn(elements.getAllMembers(type));
            var lines = new ArrayList<String>();
            for (ExecutableElement required : ElementFilter.methodsIn(elements.getAllMembers(apiType))) {
                if (!required.getModifiers().contains(Modifier.ABSTRACT)
                        || implemented(required, own, type, elements, types)) {
                    continue;
                }
                String line = "class " + wanted.className() + " must implement " + signature(required) + " of "
                        + apiType.getSimpleName() + ", with exactly this signature";
                List<String> sameName = own.stream()
                        .filter(m -> m.getEnclosingElement().equals(type)
                                && m.getSimpleName().contentEquals(required.getSimpleName()))
                        .map(SubmissionChecks::signature).toList();
                if (!sameName.isEmpty()) {
                    line += "; " + wanted.fileName() + " has " + String.join(" and ", sameName) + " instead";
                }
                lines.add(line);
            }
            if (!lines.isEmpty()) {
                hints.put(wanted, String.join("\n", lines));
            }
        }
        return hints;
    }

    /** A concrete method of the class overrides {@code required} with a compatible return type. */
    private static boolean implemented(ExecutableElement required, List<ExecutableElement> own, TypeElement type,
                                       Elements elements, Types types) {
        for (ExecutableElement m : own) {
            if (m.getModifiers().contains(Modifier.ABSTRACT) || !m.getSimpleName().equals(required.getSimpleName())
                    || !(m.equals(required) || elements.overrides(m, required, type))) {
                continue;
            }
            TypeMirror want = types.erasure(required.getReturnType());
            TypeMirror have = types.erasure(m.getReturnType());
            if (want.getKind() == TypeKind.VOID || have.getKind() == TypeKind.VOID) {
                return want.getKind() == have.getKind();
            }
            try {
                // a covariant return is allowed for reference types only: float is a subtype of double, yet
                // float sigmoid(double) does not implement double sigmoid(double)
                return types.isSameType(want, have) || !want.getKind().isPrimitive() && !have.getKind().isPrimitive()
                        && types.isSubtype(have, want);
            } catch (IllegalArgumentException e) {
                return true; // a type javac could not make sense of: its own error says more
            }
        }
        return false;
    }

    /** {@code double[] softmax(double[] z)}, with simple type names and the declared parameter names. */
    static String signature(ExecutableElement method) {
        String params = method.getParameters().stream()
                .map(p -> simple(p.asType().toString()) + " " + p.getSimpleName())
                .collect(Collectors.joining(", "));
        return simple(method.getReturnType().toString()) + " " + method.getSimpleName() + "(" + params + ")";
    }

    /** {@code java.util.List<nn.softmax.Params>} as {@code List<Params>}. */
    private static String simple(String typeName) {
        return QUALIFIER.matcher(typeName).replaceAll("");
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Za-z_$])");

    /** The top-level type holding the class: {@code Outer} for {@code demo.Outer.Inner} in package demo. */
    private static String topLevelName(SubmittedFile wanted) {
        String pkg = wanted.packageName();
        String rest = pkg.isEmpty() ? wanted.className() : wanted.className().substring(pkg.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean declaresTopLevel(CompilationUnitTree unit, String simpleName) {
        return unit.getTypeDecls().stream()
                .anyMatch(t -> t instanceof ClassTree c && c.getSimpleName().contentEquals(simpleName));
    }

    private static String describe(String declared) {
        return declared.isEmpty() ? "has no package line" : "declares package " + declared;
    }
}
