package nn.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

    @Nested
    @DisplayName("blobs")
    class Blobs {

        @Test
        void shapesAndLabels() {
            Dataset data = Datasets.blobs(100, 4, 3, 1.0, 1);
            assertEquals(100, data.size());
            assertEquals(4, data.features());
            assertEquals(3, data.classes());
            for (double[] x : data.X()) {
                assertEquals(4, x.length);
            }
        }

        @Test
        void sameSeedSameData() {
            Dataset a = Datasets.blobs(50, 3, 4, 1.0, 7);
            Dataset b = Datasets.blobs(50, 3, 4, 1.0, 7);
            AllClose.assertAllClose(a.X(), b.X(), 0, 0, "X of two blobs with seed 7");
            assertArrayEquals(a.y(), b.y());
            assertFalse(AllClose.allClose(a.X(), Datasets.blobs(50, 3, 4, 1.0, 8).X(), 0, 0), "seeds 7 and 8 gave the same X");
        }

        @Test
        void classesAreBalanced() {
            int[] counts = new int[3];
            for (int label : Datasets.blobs(100, 2, 3, 1.0, 3).y()) {
                counts[label]++;
            }
            assertArrayEquals(new int[] {34, 33, 33}, counts);
        }

        @Test
        void clustersAreWellSeparated() {
            // Nearest class mean must classify almost everything: the clusters barely overlap at spread 1.
            for (long seed = 0; seed < 5; seed++) {
                Dataset data = Datasets.blobs(300, 2, 5, 1.0, seed);
                double[][] means = new double[5][2];
                for (int i = 0; i < data.size(); i++) {
                    means[data.y()[i]][0] += data.X()[i][0] / 60;
                    means[data.y()[i]][1] += data.X()[i][1] / 60;
                }
                int correct = 0;
                for (int i = 0; i < data.size(); i++) {
                    int nearest = 0;
                    for (int c = 1; c < 5; c++) {
                        if (distance(data.X()[i], means[c]) < distance(data.X()[i], means[nearest])) {
                            nearest = c;
                        }
                    }
                    correct += nearest == data.y()[i] ? 1 : 0;
                }
                assertTrue(correct >= 0.95 * data.size(), "seed " + seed + ": only " + correct + " of 300 nearest to their mean");
            }
        }

        @Test
        void spreadZeroPutsEveryPointOnItsCenter() {
            Dataset data = Datasets.blobs(6, 2, 3, 0, 4);
            AllClose.assertAllClose(data.X()[0], data.X()[3], 0, 0, "two points of class 0");
        }

        @Test
        void badArguments() {
            assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(-1, 2, 3, 1, 0));
            assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(10, 0, 3, 1, 0));
            assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(10, 2, 0, 1, 0));
            assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(10, 2, 3, -1, 0));
        }

        private double distance(double[] a, double[] b) {
            return Math.hypot(a[0] - b[0], a[1] - b[1]);
        }
    }

    @Nested
    @DisplayName("split")
    class Splits {

        private final Dataset data = Datasets.blobs(100, 2, 3, 1.0, 5);

        @Test
        void sizes() {
            Split split = Datasets.split(data, 0.6, 0.2, 1);
            assertEquals(60, split.train().size());
            assertEquals(20, split.validation().size());
            assertEquals(20, split.test().size());
            Split odd = Datasets.split(Datasets.blobs(5, 2, 2, 1, 0), 0.5, 0.5, 1);
            assertEquals(5, odd.train().size() + odd.validation().size() + odd.test().size());
        }

        @Test
        void thePartsAreAShuffleOfTheData() {
            Split split = Datasets.split(data, 0.6, 0.2, 1);
            Set<String> original = rows(data);
            Set<String> parts = new HashSet<>();
            parts.addAll(rows(split.train()));
            parts.addAll(rows(split.validation()));
            parts.addAll(rows(split.test()));
            assertEquals(original, parts);
            assertFalse(Arrays.equals(data.X()[0], split.train().X()[0]) && Arrays.equals(data.X()[1], split.train().X()[1]),
                    "the first rows were not shuffled");
        }

        @Test
        void seededAndCopied() {
            Split a = Datasets.split(data, 0.6, 0.2, 1);
            Split b = Datasets.split(data, 0.6, 0.2, 1);
            AllClose.assertAllClose(a.test().X(), b.test().X(), 0, 0, "test X of two splits with seed 1");
            double before = data.X()[0][0];
            for (double[] x : a.train().X()) {
                x[0] = 1e9;
            }
            for (double[] x : a.validation().X()) {
                x[0] = 1e9;
            }
            for (double[] x : a.test().X()) {
                x[0] = 1e9;
            }
            assertEquals(before, data.X()[0][0]);
        }

        @Test
        void badFractions() {
            assertThrows(IllegalArgumentException.class, () -> Datasets.split(data, 0.8, 0.3, 1));
            assertThrows(IllegalArgumentException.class, () -> Datasets.split(data, -0.1, 0.3, 1));
            assertThrows(IllegalArgumentException.class, () -> Datasets.split(data, Double.NaN, 0, 1));
        }

        private Set<String> rows(Dataset d) {
            Set<String> rows = new HashSet<>();
            for (int i = 0; i < d.size(); i++) {
                rows.add(Arrays.toString(d.X()[i]) + " " + d.y()[i]);
            }
            return rows;
        }
    }

    @Nested
    @DisplayName("readCsv")
    class ReadCsv {

        @TempDir
        Path folder;

        @Test
        void labelLastWithHeader() throws IOException {
            Path file = write("a,b,label\n5.1, 3.5, 0\n4.9,3.0,2\n\n6.2,-1e-3,1\n");
            Dataset data = Datasets.readCsv(file, -1, true);
            AllClose.assertAllClose(new double[][] {{5.1, 3.5}, {4.9, 3.0}, {6.2, -1e-3}}, data.X(), 0, 0, "X");
            assertArrayEquals(new int[] {0, 2, 1}, data.y());
        }

        @Test
        void labelFirstWithoutHeader() throws IOException {
            Dataset data = Datasets.readCsv(write("1,0.5,0.25\n0,2,4\n"), 0, false);
            AllClose.assertAllClose(new double[][] {{0.5, 0.25}, {2, 4}}, data.X(), 0, 0, "X");
            assertArrayEquals(new int[] {1, 0}, data.y());
        }

        @Test
        void wrongNumberOfColumnsNamesTheLine() throws IOException {
            Path file = write("1,2,0\n3,4,1\n5,1\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.readCsv(file, 2, false));
            assertEquals("data.csv line 3: expected 3 columns (as on line 1) but found 2", e.getMessage());
        }

        @Test
        void notANumberNamesTheLineAndColumn() throws IOException {
            Path file = write("x,y\n1,0\nabc,1\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.readCsv(file, 1, true));
            assertEquals("data.csv line 3: column 0 'abc' is not a number", e.getMessage());
        }

        @Test
        void badLabelsNameTheLine() throws IOException {
            for (String label : new String[] {"1.5", "-1", "cat", ""}) {
                Path file = write("1,0\n2," + label + "\n");
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.readCsv(file, 1, false));
                assertTrue(e.getMessage().startsWith("data.csv line 2: label (column 1) '" + label + "' is not an integer >= 0"),
                        e.getMessage());
            }
            assertArrayEquals(new int[] {3}, Datasets.readCsv(write("1,3.0\n"), 1, false).y());
        }

        @Test
        void labelColumnOutOfRange() throws IOException {
            Path file = write("1,0\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.readCsv(file, 5, false));
            assertEquals("data.csv line 1: label column 5 does not exist, the line has 2 columns", e.getMessage());
        }

        @Test
        void emptyFile() throws IOException {
            Path file = write("a,b\n\n");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.readCsv(file, 1, true));
            assertEquals("data.csv: no data lines after the header", e.getMessage());
        }

        @Test
        void missingFile() {
            IOException e = assertThrows(IOException.class, () -> Datasets.readCsv(folder.resolve("nope.csv"), 0, false));
            assertTrue(e.getMessage().contains("nope.csv"), e.getMessage());
            assertTrue(e.getMessage().contains("no such file"), e.getMessage());
        }

        private Path write(String text) throws IOException {
            return Files.writeString(folder.resolve("data.csv"), text, StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("Dataset needs one label per example")
    void datasetChecksLengths() {
        assertThrows(IllegalArgumentException.class, () -> new Dataset(new double[2][1], new int[3]));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(null, new int[0]));
        assertEquals(0, new Dataset(new double[0][], new int[0]).features());
    }
}
