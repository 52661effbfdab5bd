package nngrader.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
