package nngrader.locate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CodeTextTest {
    private static final String SOURCE = """
            package demo;

            /** Javadoc: the class. */
            public class Hello {
                private static final String GREETING = "hi (there) // not a comment /* nor this */";
                private static final char QUOTE = '"';

                /** Sums. */
                public double sum(double[] z) {
                    double s = 0;   // running sum
                    for (int i = 0; i < z.length; i++) {
                        s += z[i];
                    }
                    return s;
                }

                String block() {
                    return \"""
                        a text block
                        \""";
                }
            }
            """;

    @Test
    void commentsBlankLinesLineEndsAndIndentationDoNotChangeIt() {
        String edited = ("// revision 561\n" + SOURCE)
                .replace("double s = 0;   // running sum", "/* start */ double s=0;\n\n\n")
                .replace("    ", "\t")
                .replace("/** Sums. */", "/**\n * Sums, Javadoc with {@code code}.\n */")
                .replace("\n", "\r\n");

        assertEquals(CodeText.of(SOURCE), CodeText.of(edited));
    }

    @Test
    void aUnicodeEscapeIsTheCharacterItStandsFor() {
        assertEquals(CodeText.of(SOURCE), CodeText.of(SOURCE.replace("double s = 0;", "double \\u0073 = 0;")));
    }

    @Test
    void anyChangeToATokenChangesIt() {
        String code = CodeText.of(SOURCE);
        for (String[] edit : new String[][] {
                {"s += z[i];", "s -= z[i];"},                       // an operator
                {"i < z.length", "i <= z.length"},                  // a relational operator
                {"double s = 0;", "double s = 1;"},                 // a literal
                {"double s = 0;", "double s = 0f;"},                // a literal's type
                {"double s = 0;", "double t = 0;"},                 // an identifier
                {"return s;", "return (s);"},                       // parentheses
                {"// not a comment", "// not a comment!"},          // a string that looks like a comment
                {"'\"'", "'\\''"},                                  // a char literal
                {"a text block", "a text  block"},                  // a text block's content
                {"private static final char", "static final char"}, // a modifier
        }) {
            assertNotEquals(code, CodeText.of(SOURCE.replace(edit[0], edit[1])), edit[0] + " → " + edit[1]);
        }
    }

    @Test
    void aFileWithASyntaxErrorStillHasAStableText() {
        String broken = SOURCE.replace("return s;", "return s");

        assertEquals(CodeText.of(broken), CodeText.of(broken + "// a comment\n"));
        assertNotEquals(CodeText.of(SOURCE), CodeText.of(broken));
    }
}
