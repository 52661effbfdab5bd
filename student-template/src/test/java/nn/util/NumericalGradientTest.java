package nn.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumericalGradientTest {

    /** f(x) = x₀² + 3 x₀ x₁ + sin x₂, with ∇f = [2x₀ + 3x₁, 3x₀, cos x₂]. */
    private static final ToDoubleFunction<double[]> F = x -> x[0] * x[0] + 3 * x[0] * x[1] + Math.sin(x[2]);

    /** g(M) = Σ_ij M_ij³, with ∂g/∂M_ij = 3 M_ij². */
    private static final ToDoubleFunction<double[][]> G = M -> {
        double sum = 0;
        for (double[] row : M) {
            for (double m : row) {
                sum += m * m * m;
            }
        }
        return sum;
    };

    @Test
    @DisplayName("gradient of a known function of a vector")
    void vectorGradient() {
        double[] x = {1, 2, 0.5};
        AllClose.assertAllClose(new double[] {8, 3, Math.cos(0.5)}, NumericalGradient.gradient(F, x), 1e-8, 1e-9, "∇f");
    }

    @Test
    @DisplayName("gradient of a known function of a matrix, rows of different lengths allowed")
    void matrixGradient() {
        double[][] M = {{1, -2, 0.5}, {3}};
        AllClose.assertAllClose(new double[][] {{3, 12, 0.75}, {27}}, NumericalGradient.gradient(G, M), 1e-8, 1e-8, "∇g");
    }

    @Test
    @DisplayName("centered differences: exact for a quadratic, error O(h²) otherwise")
    void centeredDifferences() {
        double[] quadratic = NumericalGradient.gradient(x -> 5 * x[0] * x[0] - x[0], new double[] {0.3}, 0.1);
        assertEquals(2.0, quadratic[0], 1e-12);
        double[] cube = NumericalGradient.gradient(x -> x[0] * x[0] * x[0], new double[] {1}, 0.1);
        assertEquals(3.0 + 0.01, cube[0], 1e-12);   // (x+h)³ − (x−h)³ over 2h = 3x² + h²
    }

    @Test
    @DisplayName("the point is never modified, even when f modifies its argument")
    void inputsAreNotModified() {
        double[] x = {1, 2, 0.5};
        NumericalGradient.gradient(v -> {
            double value = F.applyAsDouble(v);
            v[0] = 99;
            return value;
        }, x);
        assertArrayEquals(new double[] {1, 2, 0.5}, x);
        double[][] M = {{1, -2}, {3, 4}};
        AllClose.assertAllClose(new double[][] {{3, 12}, {27, 48}}, NumericalGradient.gradient(m -> {
            double value = G.applyAsDouble(m);
            m[1][1] = 99;
            return value;
        }, M), 1e-8, 1e-8, "∇g with an f that writes to its argument");
        assertArrayEquals(new double[] {1, -2}, M[0]);
        assertArrayEquals(new double[] {3, 4}, M[1]);
    }

    @Test
    @DisplayName("h must be positive and finite")
    void badStep() {
        assertThrows(IllegalArgumentException.class, () -> NumericalGradient.gradient(F, new double[] {1, 2, 3}, 0));
        assertThrows(IllegalArgumentException.class, () -> NumericalGradient.gradient(G, new double[][] {{1}}, Double.NaN));
    }

    @Test
    @DisplayName("sample of a matrix: distinct coordinates in row-major order, the right partials, seeded")
    void sampleOfMatrix() {
        double[][] M = {{1, -2, 0.5}, {3, 1.5, -1}, {2, 0, 4}};
        NumericalGradient.Sample s = NumericalGradient.sample(G, M, 4, 17);
        assertEquals(4, s.coordinates().length);
        assertEquals(4, s.partials().length);
        double[][] analytic = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                analytic[i][j] = 3 * M[i][j] * M[i][j];
            }
        }
        AllClose.assertAllClose(s.pick(analytic), s.partials(), 1e-8, 1e-8, "sampled partials at " + s.where());
        for (int t = 1; t < 4; t++) {
            int[] previous = s.coordinates()[t - 1];
            int[] current = s.coordinates()[t];
            assertTrue(previous[0] * 3 + previous[1] < current[0] * 3 + current[1], "row-major and distinct: " + s.where());
        }
        NumericalGradient.Sample again = NumericalGradient.sample(G, M, 4, 17);
        assertEquals(s.where(), again.where());
        assertArrayEquals(s.partials(), again.partials());
        assertTrue(s.where().matches("(\\[\\d\\]\\[\\d\\], ){3}\\[\\d\\]\\[\\d\\]"), s.where());
    }

    @Test
    @DisplayName("sample of a vector, and a count above the size takes every coordinate")
    void sampleOfVector() {
        double[] x = {1, 2, 0.5};
        NumericalGradient.Sample s = NumericalGradient.sample(F, x, 10, 3);
        assertEquals("[0], [1], [2]", s.where());
        AllClose.assertAllClose(new double[] {8, 3, Math.cos(0.5)}, s.partials(), 1e-8, 1e-9, "all partials");
        AllClose.assertAllClose(new double[] {8, 3, Math.cos(0.5)}, s.pick(new double[] {8, 3, Math.cos(0.5)}), 0, 0, "pick");
        assertEquals(1, NumericalGradient.sample(F, x, 1, 3).partials().length);
        assertEquals(0, NumericalGradient.sample(F, x, 0, 3).partials().length);
        assertThrows(IllegalArgumentException.class, () -> NumericalGradient.sample(F, x, -1, 3));
    }

    @Test
    @DisplayName("different seeds choose different coordinates")
    void seedsMatter() {
        double[][] M = new double[10][10];
        String first = NumericalGradient.sample(G, M, 5, 1).where();
        boolean differs = false;
        for (long seed = 2; seed < 6 && !differs; seed++) {
            differs = !NumericalGradient.sample(G, M, 5, seed).where().equals(first);
        }
        assertTrue(differs, "five seeds all chose " + first);
    }
}
