package nngrader.template;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolutionStripperTest {
    private final SolutionStripper stripper = new SolutionStripper();

    @Test
    void regionBecomesOneThrowCarryingTheHint() {
        String reference = """
                class A {
                    double sigmoid(double z) {
                        // BEGIN SOLUTION branch on the sign of z
                        return 1 / (1 + Math.exp(-z));
                        // END SOLUTION
                    }
                }
                """;
        String expected = """
                class A {
                    double sigmoid(double z) {
                        throw new UnsupportedOperationException("TODO: not implemented yet: branch on the sign of z");
                    }
                }
                """;
        assertEquals(expected, stripper.strip(reference, "A.java"));
    }

    @Test
    void regionWithoutHintSaysNotImplementedYet() {
        String out = stripper.strip("  // BEGIN SOLUTION\n  x();\n  // END SOLUTION\n", "A.java");
        assertEquals("  throw new UnsupportedOperationException(\"TODO: not implemented yet\");\n", out);
    }

    @Test
    void quotesInHintsAreEscaped() {
        String out = stripper.strip("// BEGIN SOLUTION: use \"max\" \\ here\n// END SOLUTION", "A.java");
        assertEquals("throw new UnsupportedOperationException(\"TODO: not implemented yet: use \\\"max\\\" \\\\ here\");", out);
    }

    @Test
    void textWithoutRegionsIsUnchanged() {
        String text = "interface I {\r\n  void f();\r\n}\r\n";
        assertEquals(text, stripper.strip(text, "I.java"));
        assertFalse(stripper.hasSolution(text));
        assertTrue(stripper.hasSolution("  // BEGIN SOLUTION\n"));
    }

    @Test
    void unbalancedMarkersNameTheLine() {
        var unclosed = assertThrows(IllegalArgumentException.class,
                () -> stripper.strip("a\n// BEGIN SOLUTION\nb\n", "A.java"));
        assertEquals("A.java:2: BEGIN SOLUTION is never closed by END SOLUTION", unclosed.getMessage());
        var stray = assertThrows(IllegalArgumentException.class, () -> stripper.strip("a\n// END SOLUTION\n", "B.java"));
        assertEquals("B.java:2: END SOLUTION without BEGIN SOLUTION", stray.getMessage());
        var nested = assertThrows(IllegalArgumentException.class,
                () -> stripper.strip("// BEGIN SOLUTION\n// BEGIN SOLUTION\n// END SOLUTION\n", "C.java"));
        assertTrue(nested.getMessage().startsWith("C.java:2: BEGIN SOLUTION inside the region opened at line 1"));
    }
}
