package nngrader.mutation;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import nngrader.template.SolutionRegions;
import nngrader.template.SolutionRegions.Region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Makes mutants of one reference file: every {@link Operator} applied at every place it fits inside
 * the file's solution regions, on the syntax tree that the JDK's own parser builds.
 *
 * <pre>{@code
 * List<Mutant> mutants = new MutantGenerator().generate("nn/softmax/Softmax.java", referenceText);
 * mutants.get(0).id();      // Softmax.scores:arithmetic:9c01e2
 * }</pre>
 *
 * Not every mutant compiles (a string's {@code +} swapped for {@code -}) or differs from the reference
 * ({@code a[i] * b} where {@code i} never changes); {@link MutantCompiler} sorts those out.
 */
public final class MutantGenerator {
    private static final Map<Tree.Kind, String> ARITHMETIC = Map.of(Tree.Kind.PLUS, "+", Tree.Kind.MINUS, "-",
            Tree.Kind.MULTIPLY, "*", Tree.Kind.DIVIDE, "/");
    private static final Map<String, String> SWAPPED = Map.of("+", "-", "-", "+", "*", "/", "/", "*");
    private static final Map<String, List<String>> RELATIONAL = Map.of("<", List.of("<=", ">="),
            "<=", List.of("<", ">"), ">", List.of(">=", "<="), ">=", List.of(">", "<"),
            "==", List.of("!="), "!=", List.of("=="), "&&", List.of("||"), "||", List.of("&&"));
    private static final Map<Tree.Kind, String> RELATIONAL_TOKENS = Map.of(Tree.Kind.LESS_THAN, "<",
            Tree.Kind.LESS_THAN_EQUAL, "<=", Tree.Kind.GREATER_THAN, ">", Tree.Kind.GREATER_THAN_EQUAL, ">=",
            Tree.Kind.EQUAL_TO, "==", Tree.Kind.NOT_EQUAL_TO, "!=", Tree.Kind.CONDITIONAL_AND, "&&",
            Tree.Kind.CONDITIONAL_OR, "||");
    private static final Map<Tree.Kind, List<String>> COMPOUND = Map.of(
            Tree.Kind.PLUS_ASSIGNMENT, List.of("+=", "-=", "="),
            Tree.Kind.MINUS_ASSIGNMENT, List.of("-=", "+=", "="),
            Tree.Kind.MULTIPLY_ASSIGNMENT, List.of("*=", "/="),
            Tree.Kind.DIVIDE_ASSIGNMENT, List.of("/=", "*="));
    private static final Set<String> COMMUTATIVE = Set.of("max", "min", "hypot");
    private static final Set<Tree.Kind> LOOPS = Set.of(Tree.Kind.FOR_LOOP, Tree.Kind.ENHANCED_FOR_LOOP,
            Tree.Kind.WHILE_LOOP, Tree.Kind.DO_WHILE_LOOP);

    /**
     * @param file   the submitted file's path, e.g. {@code nn/softmax/Softmax.java}; names the mutants
     * @param source the reference's text of it
     * @throws IllegalArgumentException when it does not parse or its solution markers are unbalanced
     */
    public List<Mutant> generate(String file, String source) {
        List<Region> regions = new SolutionRegions().find(source, file);
        if (regions.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this JVM has no Java compiler: the grader must run on a JDK, not a JRE");
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(Writer.nullWriter(), null, diagnostics, List.of("-proc:none"),
                null, List.of(unit));
        CompilationUnitTree tree;
        try {
            tree = task.parse().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ENGLISH))
                .collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the reference does not parse: " + errors);
        }
        Scanner scanner = new Scanner(file, source, regions, tree, Trees.instance(task).getSourcePositions());
        scanner.scan(tree, null);
        return scanner.mutants;
    }

    /** Walks one file's tree and collects a mutant for each operator at each place it fits. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final String file;
        private final String className;
        private final String source;
        private final List<Region> regions;
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final List<Mutant> mutants = new ArrayList<>();
        /** How often each (method, operator, text) has occurred, so that two equal edits get different ids. */
        private final Map<String, Integer> occurrences = new HashMap<>();
        /** The array elements already made off by one, by method. */
        private final Set<String> indexed = new HashSet<>();
        private MethodTree method;

        Scanner(String file, String source, List<Region> regions, CompilationUnitTree unit, SourcePositions positions) {
            this.file = file;
            String name = file.substring(file.lastIndexOf('/') + 1);
            this.className = name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
            this.source = source;
            this.regions = regions;
            this.unit = unit;
            this.positions = positions;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            MethodTree outer = method;
            method = tree;
            try {
                return super.visitMethod(tree, unused);
            } finally {
                method = outer;
            }
        }

        /** An exception's message is not graded: a changed message is no bug. */
        @Override
        public Void visitThrow(ThrowTree tree, Void unused) {
            return null;
        }

        @Override
        public Void visitBinary(BinaryTree tree, Void unused) {
            if (!mentionsString(tree)) {
                arithmetic(tree);
                relational(tree);
                loopBound(tree);
            }
            return super.visitBinary(tree, unused);
        }

        private void arithmetic(BinaryTree tree) {
            String token = ARITHMETIC.get(tree.getKind());
            if (token == null) {
                return;
            }
            // one swap per operator, as a student's slip makes it: + and - trade places, and * and /
            int[] at = token(tree.getLeftOperand(), tree.getRightOperand(), token);
            add(Operator.ARITHMETIC, new Mutant.Change(at[0], at[1], SWAPPED.get(token)));
            ExpressionTree left = tree.getLeftOperand();
            ExpressionTree right = tree.getRightOperand();
            switch (tree.getKind()) {
                case PLUS -> {
                    replace(Operator.DROPPED_TERM, tree, text(left));
                    replace(Operator.DROPPED_TERM, tree, text(right));
                }
                case MINUS -> replace(Operator.DROPPED_TERM, tree, text(left));
                case MULTIPLY -> {
                    if (isFactor(left)) {
                        replace(Operator.DROPPED_TERM, tree, text(right));
                    }
                    if (isFactor(right)) {
                        replace(Operator.DROPPED_TERM, tree, text(left));
                    }
                }
                case DIVIDE -> {
                    if (isFactor(right)) {
                        replace(Operator.DROPPED_TERM, tree, text(left));
                    }
                }
                default -> { }
            }
        }

        private void relational(BinaryTree tree) {
            String token = RELATIONAL_TOKENS.get(tree.getKind());
            if (token == null) {
                return;
            }
            int[] at = token(tree.getLeftOperand(), tree.getRightOperand(), token);
            for (String other : RELATIONAL.get(token)) {
                add(Operator.RELATIONAL, new Mutant.Change(at[0], at[1], other));
            }
        }

        /** {@code i < n} as a for loop's condition becomes {@code i < n - 1}: one element too few. */
        private void loopBound(BinaryTree tree) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            if (!(parent instanceof ForLoopTree loop) || loop.getCondition() != tree
                    || !Set.of(Tree.Kind.LESS_THAN, Tree.Kind.LESS_THAN_EQUAL).contains(tree.getKind())) {
                return;
            }
            ExpressionTree bound = tree.getRightOperand();
            String text = simple(bound) ? text(bound) : "(" + text(bound) + ")";
            replace(Operator.OFF_BY_ONE, bound, text + " - 1");
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
            List<String> tokens = COMPOUND.get(tree.getKind());
            if (tokens != null && !inForUpdate(getCurrentPath())) {
                int[] at = token(tree.getVariable(), tree.getExpression(), tokens.get(0));
                for (String other : tokens.subList(1, tokens.size())) {
                    add(Operator.ARITHMETIC, new Mutant.Change(at[0], at[1], other));
                }
            }
            return super.visitCompoundAssignment(tree, unused);
        }

        @Override
        public Void visitUnary(UnaryTree tree, Void unused) {
            if (tree.getKind() == Tree.Kind.UNARY_MINUS) {
                replace(Operator.SIGN, tree, text(tree.getExpression()));
            }
            return super.visitUnary(tree, unused);
        }

        @Override
        public Void visitArrayAccess(ArrayAccessTree tree, Void unused) {
            // the same element read twice in a method is one place to be off by one, not two
            if (tree.getIndex() instanceof IdentifierTree index && indexed.add(methodName() + "|" + text(tree))) {
                replace(Operator.OFF_BY_ONE, index, index.getName() + " + 1");
                replace(Operator.OFF_BY_ONE, index, index.getName() + " - 1");
            }
            if (tree.getIndex() instanceof IdentifierTree index) {
                if (tree.getExpression() instanceof ArrayAccessTree inner && inner.getIndex() instanceof IdentifierTree first
                        && !first.getName().contentEquals(index.getName())) {
                    add(Operator.SWAPPED_INDICES, new Mutant.Change(start(first), end(first), index.getName().toString()),
                            new Mutant.Change(start(index), end(index), first.getName().toString()));
                }
            }
            return super.visitArrayAccess(tree, unused);
        }

        @Override
        public Void visitExpressionStatement(ExpressionStatementTree tree, Void unused) {
            Tree.Kind kind = tree.getExpression().getKind();
            boolean counter = Set.of(Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT,
                    Tree.Kind.PREFIX_INCREMENT, Tree.Kind.PREFIX_DECREMENT).contains(kind);
            // a loop without its counter's step never ends: it would cost a time limit, and prove nothing new
            if (!counter && !(getCurrentPath().getParentPath().getLeaf() instanceof ForLoopTree)) {
                add(Operator.DROPPED_STATEMENT, new Mutant.Change(start(tree), end(tree), ";"));
            }
            return super.visitExpressionStatement(tree, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree tree, Void unused) {
            String text = text(tree);
            switch (tree.getKind()) {
                case INT_LITERAL, LONG_LITERAL -> {
                    long value = ((Number) tree.getValue()).longValue();
                    if (value == 0 || value == 1) {
                        replace(Operator.CONSTANT, tree, value == 0 ? "1" : "0");
                    }
                }
                case DOUBLE_LITERAL, FLOAT_LITERAL -> {
                    double value = ((Number) tree.getValue()).doubleValue();
                    String suffix = tree.getKind() == Tree.Kind.FLOAT_LITERAL ? "f" : "";
                    if (value == 0 || value == 1) {
                        replace(Operator.CONSTANT, tree, (value == 0 ? "1.0" : "0.0") + suffix);
                    } else if (text.toLowerCase(Locale.ROOT).contains("e-")) {
                        replace(Operator.CONSTANT, tree, "0.0" + suffix);
                        replace(Operator.CONSTANT, tree, "1e-2" + suffix);
                    }
                }
                default -> { }
            }
            return super.visitLiteral(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            boolean commutative = false;
            if (tree.getMethodSelect() instanceof MemberSelectTree select && select.getExpression() instanceof IdentifierTree owner
                    && Set.of("Math", "StrictMath").contains(owner.getName().toString())) {
                String name = select.getIdentifier().toString();
                if (name.equals("max") || name.equals("min")) {
                    replace(Operator.MAX_MIN, select, owner.getName() + "." + (name.equals("max") ? "min" : "max"));
                }
                // max(a, b) is max(b, a) for every double, -0.0 and NaN included: swapping proves nothing
                commutative = COMMUTATIVE.contains(name);
            }
            List<? extends ExpressionTree> args = commutative ? List.of() : tree.getArguments();
            for (int i = 0; i + 1 < args.size(); i++) {
                for (int j = i + 1; j < args.size() && (j == i + 1 || args.size() <= 3); j++) {
                    String a = text(args.get(i));
                    String b = text(args.get(j));
                    if (!a.equals(b)) {
                        add(Operator.SWAPPED_ARGUMENTS, new Mutant.Change(start(args.get(i)), end(args.get(i)), b),
                                new Mutant.Change(start(args.get(j)), end(args.get(j)), a));
                    }
                }
            }
            return super.visitMethodInvocation(tree, unused);
        }

        /** A method that returns a new array of a parameter's type returns that parameter instead. */
        @Override
        public Void visitReturn(ReturnTree tree, Void unused) {
            if (method != null && tree.getExpression() != null && method.getReturnType() instanceof ArrayTypeTree) {
                String type = squeeze(text(method.getReturnType()));
                for (VariableTree parameter : method.getParameters()) {
                    String name = parameter.getName().toString();
                    boolean same = squeeze(text(parameter.getType())).equals(type);
                    if (same && !(tree.getExpression() instanceof IdentifierTree id && id.getName().contentEquals(name))) {
                        replace(Operator.RETURNS_ARGUMENT, tree.getExpression(), name);
                    }
                }
            }
            return super.visitReturn(tree, unused);
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            if (method != null && tree.getInitializer() != null
                    && getCurrentPath().getParentPath().getLeaf() instanceof BlockTree) {
                inPlace(tree);
                reusedState(tree);
            }
            return super.visitVariable(tree, unused);
        }

        /** {@code double[] a = new double[z.length]} becomes {@code double[] a = z}: the result overwrites the input. */
        private void inPlace(VariableTree tree) {
            ExpressionTree init = tree.getInitializer();
            boolean fresh = init instanceof NewArrayTree || init instanceof MethodInvocationTree call
                    && (text(call.getMethodSelect()).endsWith(".clone") || text(call.getMethodSelect()).endsWith("copyOf"));
            if (!fresh || tree.getType() == null) {
                return;
            }
            String type = squeeze(text(tree.getType()));
            for (VariableTree parameter : method.getParameters()) {
                if (squeeze(text(parameter.getType())).equals(type)) {
                    replace(Operator.IN_PLACE, init, parameter.getName().toString());
                }
            }
        }

        /**
         * A new array or a sum started from a constant inside a loop is made once, before the loop, so that
         * every round after the first starts from what the previous one left.
         */
        private void reusedState(VariableTree tree) {
            ExpressionTree init = tree.getInitializer();
            if (!(init instanceof NewArrayTree) && !(init instanceof LiteralTree)) {
                return;
            }
            Tree loop = null;
            for (TreePath p = getCurrentPath().getParentPath(); p != null && !(p.getLeaf() instanceof MethodTree);
                    p = p.getParentPath()) {
                if (LOOPS.contains(p.getLeaf().getKind())) {
                    loop = p.getLeaf();
                    break;
                }
            }
            if (loop == null) {
                return;
            }
            String declaration = text(tree);
            if (!declaration.endsWith(";")) {
                declaration += ";";
            }
            add(Operator.REUSED_STATE, new Mutant.Change(start(loop), start(loop), declaration + " "),
                    new Mutant.Change(start(tree), end(tree), ""));
        }

        // ---- helpers --------------------------------------------------------------------------

        private void replace(Operator operator, Tree tree, String replacement) {
            add(operator, new Mutant.Change(start(tree), end(tree), replacement));
        }

        private void add(Operator operator, Mutant.Change... changes) {
            for (Mutant.Change c : changes) {
                if (c.start() < 0 || c.end() < c.start() || regions.stream().noneMatch(r -> r.contains(c.start(), c.end()))) {
                    return;
                }
            }
            String where = methodName();
            StringBuilder key = new StringBuilder(where).append('|').append(operator.label());
            for (Mutant.Change c : changes) {
                key.append('|').append(text(c.start(), c.end())).append('→').append(c.replacement());
            }
            int occurrence = occurrences.merge(key.toString(), 1, Integer::sum);
            String id = where + ":" + operator.label() + ":" + hash(key + "#" + occurrence);
            mutants.add(new Mutant(file, id, operator, List.of(changes)));
        }

        private String methodName() {
            return className + "." + (method == null ? "<init>" : method.getName());
        }

        /** Where an operator's token lies between its two operands (comments and spaces around it skipped). */
        private int[] token(Tree left, Tree right, String token) {
            int from = end(left);
            int at = source.indexOf(token, from);
            if (at < 0 || at >= start(right)) {
                return new int[] {-1, -1};
            }
            return new int[] {at, at + token.length()};
        }

        private boolean mentionsString(Tree tree) {
            return new TreePathScanner<Boolean, Void>() {
                @Override
                public Boolean visitLiteral(LiteralTree node, Void unused) {
                    return node.getKind() == Tree.Kind.STRING_LITERAL || node.getKind() == Tree.Kind.CHAR_LITERAL;
                }

                @Override
                public Boolean reduce(Boolean a, Boolean b) {
                    return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
                }
            }.scan(new TreePath(getCurrentPath(), tree), null) == Boolean.TRUE;
        }

        private static boolean isFactor(ExpressionTree tree) {
            return tree instanceof LiteralTree literal && literal.getValue() instanceof Number n
                    && (n.doubleValue() == 0.5 || n.doubleValue() == 2);
        }

        private static boolean simple(ExpressionTree tree) {
            return tree instanceof IdentifierTree || tree instanceof MemberSelectTree || tree instanceof LiteralTree
                    || tree instanceof MethodInvocationTree || tree instanceof ArrayAccessTree;
        }

        private static boolean inForUpdate(TreePath path) {
            TreePath statement = path.getParentPath();
            return statement != null && statement.getLeaf() instanceof ExpressionStatementTree
                    && statement.getParentPath().getLeaf() instanceof ForLoopTree;
        }

        private int start(Tree tree) {
            return (int) positions.getStartPosition(unit, tree);
        }

        private int end(Tree tree) {
            return (int) positions.getEndPosition(unit, tree);
        }

        private String text(Tree tree) {
            return text(start(tree), end(tree));
        }

        private String text(int from, int to) {
            return from < 0 || to < from ? "" : source.substring(from, to);
        }

        private static String squeeze(String type) {
            return type.replaceAll("\\s+", "");
        }

        private static String hash(String key) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 3);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }
    }
}
