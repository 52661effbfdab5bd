package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nngrader.sandbox.fixtures.Calculator;
import nngrader.sandbox.fixtures.Params;
import nngrader.sandbox.fixtures.Shape;
import nngrader.sandbox.fixtures.Stats;
import nngrader.sandbox.wire.UnsupportedTypeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of value, through a real worker JVM and back. */
class ValuesThroughWorkerTest {
    @TempDir
    static Path work;
    static Sandbox sandbox;
    TestScope scope;
    Calculator calc;

    @BeforeAll
    static void startSandbox() {
        sandbox = TestWorkers.sandbox(work);
    }

    @AfterAll
    static void closeSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void newStudent() {
        scope = TestScope.seconds(20);
        calc = sandbox.instantiate(Calculator.class, "nngrader.sandbox.fixtures.GoodCalculator", scope);
    }

    @Test
    void arraysOfDoublesGoAndComeBack() {
        assertEquals(6.0, calc.sum(new double[] {1, 2, 3}));
        assertArrayEquals(new double[] {2, 4}, calc.scale(new double[] {1, 2}, 2));
        assertArrayEquals(new double[][] {{3, 4}, {6, 8}}, calc.outer(new double[] {1, 2}, new double[] {3, 4}));
        assertArrayEquals(new int[] {1, 0}, calc.argmaxRows(new double[][] {{0, 5, 1}, {9, 2, 3}}));
        assertArrayEquals(new double[0], calc.echo(new double[0]));
    }

    @Test
    void specialDoublesKeepEveryBit() {
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
            Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, 0.1 + 0.2, Math.PI, 1e-300, 1e300};
        double[] back = calc.echo(special);
        assertEquals(special.length, back.length);
        for (int i = 0; i < special.length; i++) {
            assertEquals(Double.doubleToLongBits(special[i]), Double.doubleToLongBits(back[i]), "at " + i);
        }
        assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(calc.echoFloat(-0.0f)));
        assertTrue(Float.isNaN(calc.echoFloat(Float.NaN)));
        assertEquals(0.1f, calc.echoFloat(0.1f));
        assertEquals(Float.NEGATIVE_INFINITY, calc.echoFloat(Float.NEGATIVE_INFINITY));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(calc.boxedDouble(-0.0)));
    }

    @Test
    void scalarsAndStrings() {
        assertEquals(Long.MIN_VALUE, calc.echoLong(Long.MIN_VALUE));
        assertEquals('\u00e9', calc.echoChar('\u00e9'));
        assertEquals(Byte.MIN_VALUE, calc.echoByte(Byte.MIN_VALUE));
        assertEquals(Short.MAX_VALUE, calc.echoShort(Short.MAX_VALUE));
        assertEquals(false, calc.not(true));
        assertEquals("hello, Zoë \uD83D\uDE00 \"quoted\"\n", calc.greet("Zoë \uD83D\uDE00 \"quoted\"\n"));
        assertEquals("hello, null", calc.greet(null));
        assertEquals(42, calc.boxed(41));
        assertNull(calc.boxed(null));
        assertArrayEquals(new String[] {"a", "", "b"}, calc.split("a,,b"));
        calc.nothing();
    }

    @Test
    void jaggedAndDeepArraysAndNullRows() {
        double[][][] cube = {{{1, 2}, {3}}, {}, {null, {Double.NaN}}};
        double[][][] back = calc.echoCube(cube);
        assertEquals(Arrays.deepToString(cube), Arrays.deepToString(back));
        assertNull(calc.echoCube(null));
    }

    @Test
    void recordsEnumsAndLists() {
        assertEquals(new Stats(2.0, 3.0, 3), calc.stats(new double[] {1, 2, 3}));
        assertEquals(Shape.RISING, calc.classify(new double[] {1, 2, 3}));
        assertEquals(Shape.OTHER, calc.classify(new double[] {3, 1}));
        assertArrayEquals(Shape.values(), calc.shapes());
        Params p = calc.scaleParams(new Params(new double[][] {{1, 2}, {3, 4}}, new double[] {5, 6}), 10);
        assertArrayEquals(new double[][] {{10, 20}, {30, 40}}, p.W());
        assertArrayEquals(new double[] {50, 60}, p.b());
        assertEquals(List.of(new Stats(1, 1, 1), new Stats(2.5, 3, 2)),
                calc.statsOfRows(new double[][] {{1}, {2, 3}}));
        assertEquals(Arrays.asList("A", null, "BC"), calc.upper(Arrays.asList("a", null, "bc")));
        List<double[]> rows = calc.rows(new double[][] {{1}, {2, 3}});
        assertArrayEquals(new double[] {2, 3}, rows.get(1));
    }

    @Test
    void whatTheStudentPrintsGoesToTheScope() {
        calc.sum(new double[] {1, 2});
        calc.sum(new double[] {3});
        assertEquals("summing 2 values\nsumming 1 values\n", scope.printed());
    }

    @Test
    void aTypeThatCannotCrossIsTheTestAuthorsMistake() {
        UnsupportedTypeException e = assertThrows(UnsupportedTypeException.class, calc::anything);
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test
    void objectMethodsAreAnsweredInTheGrader() {
        assertEquals("student nngrader.sandbox.fixtures.GoodCalculator (not created yet)", calc.toString());
        calc.nothing();
        assertTrue(calc.toString().matches("student nngrader\\.sandbox\\.fixtures\\.GoodCalculator#\\d+"), calc.toString());
        assertEquals(calc, calc);
        assertEquals(System.identityHashCode(calc), calc.hashCode());
    }
}
