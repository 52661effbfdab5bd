package nngrader.mutation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each operator's mutant of a small course file, as the line it changes; nothing outside solution regions. */
class MutantGeneratorTest {
    private static final String FILE = "demo/Course.java";
    private static final String SOURCE = """
            package demo;
            public class Course {
                /** Outside any region: never mutated. */
                public int untouched(int a, int b) {
                    return a + b;
                }

                public double[] scaled(double[] x, double c) {
                    // BEGIN SOLUTION
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = 0.5 * c * x[i];
                    }
                    return y;
                    // END SOLUTION
                }

                public double dot(double[][] W, double[] x, int i) {
                    // BEGIN SOLUTION
                    double sum = 0;
                    for (int j = 0; j < x.length; j++) {
                        sum += W[i][j] * x[j] - Math.max(x[j], 1e-8);
                    }
                    return -sum / 2;
                    // END SOLUTION
                }

                public double[] train(double[] w, int epochs) {
                    // BEGIN SOLUTION
                    for (int e = 0; e < epochs; e++) {
                        double[] g = new double[w.length];
                        g[0] = Math.pow(w[0], 2);
                        w[0] -= g[0];
                    }
                    return w.clone();
                    // END SOLUTION
                }
            }
            """;

    private final List<Mutant> mutants = new MutantGenerator().generate(FILE, SOURCE);

    @Test
    void everyOperatorMakesItsMutant() {
        assertMutant(Operator.ARITHMETIC, "sum += W[i][j] * x[j] + Math.max(x[j], 1e-8);");
        assertMutant(Operator.ARITHMETIC, "sum -= W[i][j] * x[j] - Math.max(x[j], 1e-8);");
        assertMutant(Operator.ARITHMETIC, "sum = W[i][j] * x[j] - Math.max(x[j], 1e-8);");
        assertMutant(Operator.RELATIONAL, "for (int i = 0; i <= x.length; i++) {");
        assertMutant(Operator.RELATIONAL, "for (int i = 0; i >= x.length; i++) {");
        assertMutant(Operator.OFF_BY_ONE, "for (int i = 0; i < x.length - 1; i++) {");
        assertMutant(Operator.OFF_BY_ONE, "y[i] = 0.5 * c * x[i + 1];");
        assertMutant(Operator.OFF_BY_ONE, "y[i] = 0.5 * c * x[i - 1];");
        assertMutant(Operator.SWAPPED_INDICES, "sum += W[j][i] * x[j] - Math.max(x[j], 1e-8);");
        assertMutant(Operator.DROPPED_STATEMENT, ";");
        assertMutant(Operator.DROPPED_TERM, "sum += W[i][j] * x[j];");
        assertMutant(Operator.DROPPED_TERM, "y[i] = c * x[i];");
        assertMutant(Operator.DROPPED_TERM, "return -sum;");
        assertMutant(Operator.SIGN, "return sum / 2;");
        assertMutant(Operator.CONSTANT, "double sum = 1;");
        assertMutant(Operator.CONSTANT, "sum += W[i][j] * x[j] - Math.max(x[j], 0.0);");
        assertMutant(Operator.CONSTANT, "sum += W[i][j] * x[j] - Math.max(x[j], 1e-2);");
        assertMutant(Operator.SWAPPED_ARGUMENTS, "g[0] = Math.pow(2, w[0]);");
        assertMutant(Operator.MAX_MIN, "sum += W[i][j] * x[j] - Math.min(x[j], 1e-8);");
        assertMutant(Operator.RETURNS_ARGUMENT, "return x;");
        assertMutant(Operator.RETURNS_ARGUMENT, "return w;");
        assertMutant(Operator.IN_PLACE, "double[] y = x;");
        assertMutant(Operator.REUSED_STATE, "double[] g = new double[w.length]; for (int e = 0; e < epochs; e++) {");
        assertEquals(Set.of(Operator.values()), mutants.stream().map(Mutant::operator).collect(Collectors.toSet()));
    }

    @Test
    void nothingOutsideASolutionRegionNorInsideAnExceptionMessageIsMutated() {
        String line = "        return a + b;";
        assertTrue(mutants.stream().noneMatch(m -> !m.apply(SOURCE).contains(line)), "untouched(a, b) changed");
        String checked = SOURCE.replace("return -sum / 2;", """
                if (i < 0) throw new IllegalArgumentException("row " + i + " of " + W.length);
                        return -sum / 2;""");
        List<Mutant> withCheck = new MutantGenerator().generate(FILE, checked);
        assertTrue(withCheck.stream().allMatch(m -> m.apply(checked).contains("(\"row \" + i + \" of \" + W.length)")),
                "the message is never mutated");
        assertTrue(withCheck.stream().anyMatch(m -> m.apply(checked).contains("if (i <= 0) throw")), "but the condition is");
    }

    @Test
    void idsSurviveAnEditElsewhereAndAreUnique() {
        String edited = SOURCE.replace("public class Course {", "public class Course {\n    // a new comment\n    int unused;");
        Set<String> before = ids(mutants);
        assertEquals(mutants.size(), before.size(), "unique");
        assertEquals(before, ids(new MutantGenerator().generate(FILE, edited)));
        assertTrue(before.contains(mutants.get(0).id()) && mutants.get(0).id().startsWith("Course.scaled:"),
                mutants.get(0).id());
    }

    @Test
    void theDiffShowsTheChangedLinesWithTheirNumbers() {
        Mutant hoisted = mutants.stream().filter(m -> m.operator() == Operator.REUSED_STATE).findFirst().orElseThrow();
        List<Mutant.ChangedLine> diff = hoisted.diff(SOURCE);
        assertEquals(List.of(30, 31), diff.stream().map(Mutant.ChangedLine::number).toList());
        assertEquals("        for (int e = 0; e < epochs; e++) {", diff.get(0).before());
        assertEquals("            double[] g = new double[w.length];", diff.get(1).before());
        assertEquals("            ", diff.get(1).after());
    }

    @Test
    void theCompilerTellsMutantsThatDoNotCompileOrCompileToTheReference(@TempDir Path dir) throws IOException {
        String source = """
                package demo;
                public class Folded {
                    public double f(String s) {
                        // BEGIN SOLUTION
                        double z = 1 * 0.0;
                        return z + s.length();
                        // END SOLUTION
                    }
                }
                """;
        Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(dir.resolve("src/demo/Folded.java"), source);
        try (MutantCompiler compiler = new MutantCompiler(dir.resolve("src"), Files.createDirectories(dir.resolve("out")))) {
            Map<String, byte[]> reference = compiler.compile("demo/Folded.java", source).orElseThrow();
            Map<Boolean, List<String>> identical = new MutantGenerator().generate("demo/Folded.java", source).stream()
                    .filter(m -> compiler.compile(m.file(), m.apply(source)).isPresent())
                    .collect(Collectors.partitioningBy(m -> MutantCompiler.identical(reference,
                            compiler.compile(m.file(), m.apply(source)).orElseThrow()), Collectors.mapping(
                            m -> m.apply(source).lines().filter(l -> l.contains("double z") || l.contains("return"))
                                    .collect(Collectors.joining(" ")).strip(), Collectors.toList())));
            // 1 * 0.0 and 0 * 0.0 both fold to the constant 0.0
            assertTrue(identical.get(true).stream().anyMatch(t -> t.startsWith("double z = 0 * 0.0;")), identical.toString());
            assertTrue(identical.get(false).stream().anyMatch(t -> t.startsWith("double z = 1 * 1.0;")), identical.toString());
            assertFalse(compiler.compile("demo/Folded.java", source.replace("z + s.length()", "z - s")).isPresent(),
                    "double minus String does not compile");
        }
    }

    private void assertMutant(Operator operator, String line) {
        assertTrue(mutants.stream().filter(m -> m.operator() == operator)
                        .anyMatch(m -> m.diff(SOURCE).stream().anyMatch(l -> l.after().strip().equals(line))),
                operator + " makes no mutant whose changed line is: " + line + "\n" + mutants.stream()
                        .filter(m -> m.operator() == operator).map(m -> m.diff(SOURCE).toString())
                        .collect(Collectors.joining("\n")));
    }

    private static Set<String> ids(List<Mutant> mutants) {
        return mutants.stream().map(Mutant::id).collect(Collectors.toSet());
    }
}
