package nngrader.locate;

import java.net.URI;
import java.util.List;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;

/**
 * What a Java source says as code, without how it is written: the JDK's parser reads it and its
 * syntax tree is written out as text, every node with its kind (which names the operator: {@code
 * PLUS}, {@code LESS_THAN}, ...) and its names, literal values and modifiers. Comments (line, block,
 * Javadoc), whitespace, line endings, a byte order mark, unicode escapes and other layout leave it
 * unchanged; any change to an identifier, a literal or an operator changes it.
 *
 * <pre>{@code
 * CodeText.of("int x = 1; // one").equals(CodeText.of("int x=1;"))   // true
 * }</pre>
 *
 * A source the parser cannot read in full (a syntax error) gives the text of what it did read and the
 * kinds of its errors, which stay the same for the same code.
 */
final class CodeText {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private CodeText() {
    }

    /** The code of {@code source}, or, on a JVM without a compiler, the source itself. */
    static String of(String source) {
        if (JAVAC == null) {
            return source;
        }
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavacTask task = (JavacTask) JAVAC.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        StringBuilder text = new StringBuilder(source.length());
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new Writer().scan(unit, text);
            }
            // the parser mends a missing ';' into the tree of the mended code: its error keeps the two apart
            // (the kind of error only, as its line would change with the layout)
            diagnostics.getDiagnostics().forEach(d -> text.append("\n").append(d.getKind()).append(' ').append(d.getCode()));
        } catch (java.io.IOException | RuntimeException e) {
            return source;      // not expected from a parser that reads a string; the bytes are then the code
        }
        return text.toString();
    }

    /** Writes each node as {@code (KIND details children...)}; an absent child as {@code _}. */
    private static final class Writer extends TreeScanner<Void, StringBuilder> {
        @Override
        public Void scan(Tree tree, StringBuilder out) {
            if (tree == null) {
                out.append('_');
                return null;
            }
            out.append('(').append(tree.getKind());
            details(tree, out);
            super.scan(tree, out);
            out.append(')');
            return null;
        }

        /** What a node holds besides its children: its name, value, flags or form. */
        private static void details(Tree tree, StringBuilder out) {
            Object detail = null;
            if (tree instanceof IdentifierTree t) {
                detail = t.getName();
            } else if (tree instanceof MemberSelectTree t) {
                detail = t.getIdentifier();
            } else if (tree instanceof MemberReferenceTree t) {
                detail = t.getMode() + " " + t.getName();
            } else if (tree instanceof LiteralTree t) {
                detail = t.getValue();
            } else if (tree instanceof VariableTree t) {
                detail = t.getName();
            } else if (tree instanceof MethodTree t) {
                detail = t.getName();
            } else if (tree instanceof ClassTree t) {
                detail = t.getSimpleName();
            } else if (tree instanceof ModifiersTree t) {
                detail = t.getFlags();
            } else if (tree instanceof PrimitiveTypeTree t) {
                detail = t.getPrimitiveTypeKind();
            } else if (tree instanceof TypeParameterTree t) {
                detail = t.getName();
            } else if (tree instanceof LabeledStatementTree t) {
                detail = t.getLabel();
            } else if (tree instanceof BreakTree t) {
                detail = t.getLabel();
            } else if (tree instanceof ContinueTree t) {
                detail = t.getLabel();
            } else if (tree instanceof ImportTree t) {
                detail = t.isStatic() ? "static" : "";
            } else if (tree instanceof LambdaExpressionTree t) {
                detail = t.getBodyKind();
            } else if (tree instanceof CaseTree t) {
                detail = t.getCaseKind();
            }
            if (detail != null) {
                // length-prefixed, so that a string literal holding "(" or ")" cannot pass for structure
                String s = String.valueOf(detail);
                out.append(' ').append(s.length()).append(':').append(s);
            }
        }
    }
}
