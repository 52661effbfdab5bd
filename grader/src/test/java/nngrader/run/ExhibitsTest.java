package nngrader.run;

import nngrader.api.Chart;
import nngrader.api.Check;
import nngrader.api.CheckFailure;
import nngrader.api.Tolerance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a failed check gives beside its text: the worst entries, largest first, and a heat map where a pattern can show. */
class ExhibitsTest {

    @Test
    void theWorstEntriesOfAWrongMatrixComeLargestFirstWithANaNBeforeAll() {
        double[][] expected = {{1, 2, 3}, {4, 5, 6}};
        double[][] actual = {{1, 2.5, 3}, {Double.NaN, 5, 9}};
        CheckFailure failure = assertThrows(CheckFailure.class,
                () -> Check.allClose(expected, actual, Tolerance.rtol(1e-9), "dW"));
        WorstEntries worst = WorstEntries.of(failure.compared().orElseThrow());
        assertEquals(List.of("[1][0]", "[1][2]", "[0][1]"), worst.entries().stream().map(WorstEntries.Entry::where).toList());
        assertEquals(3, worst.entries().get(1).error());
        assertEquals(6, worst.total());
        assertEquals(3, worst.wrong());
        assertEquals(List.of("entry", "expected", "got", "|got − expected|"), worst.columns());
    }

    @Test
    void aVectorsEntriesHaveOneIndexAndAGradientsErrorIsRelative() {
        CheckFailure failure = assertThrows(CheckFailure.class,
                () -> Check.gradientMatches(new double[] {1, 2}, new double[] {1, -2}, 1e-6, "dw"));
        WorstEntries worst = WorstEntries.of(failure.compared().orElseThrow());
        assertEquals("[1]", worst.entries().get(0).where());
        assertEquals(2.0, worst.entries().get(0).error(), "|-2 - 2| / 2");
        assertEquals(List.of("entry", "numerical", "analytic", "relative error"), worst.columns());
    }

    @Test
    void aOneRowBugShowsAsOneRowOfTheHeatMap() {
        double[][] expected = {{1, 2}, {3, 4}, {5, 6}};
        double[][] actual = {{1, 2}, {-3, -4}, {5, 6}};
        CheckFailure failure = assertThrows(CheckFailure.class,
                () -> Check.allClose(expected, actual, Tolerance.rtol(1e-9), "dW1"));
        Chart.HeatMap map = ErrorHeatMap.of(failure.what(), failure.compared().orElseThrow());
        double[][] error = map.values();
        assertEquals(0, error[0][0]);
        assertEquals(2, error[1][0]);
        assertEquals(2, error[1][1]);
        assertEquals(0, error[2][1]);
        assertEquals("Relative error per entry of dW1", map.title());
        assertTrue(map.alt().endsWith("the largest, 2.0, is at [1][0]."), map.alt());
    }

    @Test
    void aWrongNumberOrVectorOfValuesGetsNoHeatMapButAWrongGradientVectorDoes() {
        CheckFailure values = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[] {1, 2}, new double[] {1, 3}, Tolerance.rtol(1e-9), "a"));
        assertNull(ErrorHeatMap.of("a", values.compared().orElseThrow()), "a table says as much");
        CheckFailure column = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[][] {{1}, {2}}, new double[][] {{1}, {3}}, Tolerance.rtol(1e-9), "W"));
        assertNull(ErrorHeatMap.of("W", column.compared().orElseThrow()), "one column: a table says as much");
        CheckFailure gradient = assertThrows(CheckFailure.class,
                () -> Check.gradientMatches(new double[] {1, 2, 3}, new double[] {1, 2, 4}, 1e-6, "db"));
        assertEquals(1, ErrorHeatMap.of("db", gradient.compared().orElseThrow()).values().length);
        assertTrue(ErrorHeatMap.of("x".repeat(200), gradient.compared().orElseThrow()).title().length() < 120,
                "a long call is cut in the title");
    }

    @Test
    void aLikelyCauseKeepsTheArraysOfItsFailure() {
        CheckFailure failure = assertThrows(CheckFailure.class,
                () -> Check.allClose(new double[] {1}, new double[] {2}, Tolerance.rtol(1e-9), "a"));
        assertTrue(failure.withCause("Likely cause: x.").compared().isPresent());
        CheckFailure other = assertThrows(CheckFailure.class, () -> Check.isTrue(false, "no"));
        assertTrue(other.compared().isEmpty());
    }
}
