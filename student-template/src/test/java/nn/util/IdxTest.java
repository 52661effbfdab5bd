package nn.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {

    @TempDir
    Path dir;

    /** Three 2×3 images with the pixel bytes 0, 1, ..., 17, and their labels 7, 0, 255. */
    private static final byte[] IMAGES = bytes(0x00, 0x00, 0x08, 0x03, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 3,
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 255);
    private static final byte[] LABELS = bytes(0x00, 0x00, 0x08, 0x01, 0, 0, 0, 3, 7, 0, 255);

    @Test
    @DisplayName("reads a plain image file: pixels scaled to [0, 1], row by row")
    void readsImages() throws IOException {
        double[][] X = Idx.readImages(write("images", IMAGES));
        assertEquals(3, X.length);
        assertEquals(6, X[0].length);
        AllClose.assertAllClose(new double[] {0, 1 / 255.0, 2 / 255.0, 3 / 255.0, 4 / 255.0, 5 / 255.0}, X[0], 0, 0, "image 0");
        assertEquals(1.0, X[2][5]);
    }

    @Test
    @DisplayName("reads labels, and gzip files whatever their name")
    void readsLabelsAndGzip() throws IOException {
        assertArrayEquals(new int[] {7, 0, 255}, Idx.readLabels(write("labels", LABELS)));
        assertArrayEquals(new int[] {7, 0, 255}, Idx.readLabels(write("labels-no-gz-suffix", gzip(LABELS))));
        Dataset data = Idx.read(write("images.gz", gzip(IMAGES)), write("labels.gz", gzip(LABELS)));
        assertArrayEquals(new int[] {7, 0, 255}, data.y());
        assertEquals(16 / 255.0, data.X()[2][4]);
    }

    @Test
    @DisplayName("write then read gives the same data, plain and gzip")
    void roundTrip() throws IOException {
        double[][] X = {{0, 1, 0.5 + 0.5 / 255, 1 / 255.0}, {1, 1, 0, 0}};
        int[] y = {3, 9};
        for (String suffix : new String[] {"", ".gz"}) {
            Path images = dir.resolve("x-idx3-ubyte" + suffix);
            Path labels = dir.resolve("y-idx1-ubyte" + suffix);
            Idx.write(images, labels, new Dataset(X, y), 2, 2);
            Dataset back = Idx.read(images, labels);
            AllClose.assertAllClose(X, back.X(), 0, 0, "images written and read back (" + suffix + ")");
            assertArrayEquals(y, back.y());
        }
        assertEquals(0x1f, Files.readAllBytes(dir.resolve("y-idx1-ubyte.gz"))[0] & 0xff, "a .gz file is gzip-compressed");
        assertEquals(0x00000801, java.nio.ByteBuffer.wrap(Files.readAllBytes(dir.resolve("y-idx1-ubyte"))).getInt(),
                "a plain label file starts with the magic number");
    }

    @Test
    @DisplayName("bad magic numbers: a label file read as images, and a file that is not IDX at all")
    void badMagic() throws IOException {
        Path labels = write("labels", LABELS);
        IOException e = assertThrows(IOException.class, () -> Idx.readImages(labels));
        assertTrue(e.getMessage().contains("magic number 0x00000801 (that is a label file), expected 0x00000803"), e.getMessage());
        assertTrue(e.getMessage().contains(labels.toString()), e.getMessage());
        Path text = write("text", "hello, world".getBytes());
        e = assertThrows(IOException.class, () -> Idx.readLabels(text));
        assertTrue(e.getMessage().contains("not an IDX label file"), e.getMessage());
    }

    @Test
    @DisplayName("truncated files: inside the header, inside the pixels, inside the labels, and a cut gzip stream")
    void truncated() throws IOException {
        Path header = write("header", Arrays.copyOf(IMAGES, 10));
        IOException e = assertThrows(IOException.class, () -> Idx.readImages(header));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Path pixels = write("pixels", Arrays.copyOf(IMAGES, IMAGES.length - 1));
        e = assertThrows(IOException.class, () -> Idx.readImages(pixels));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("inside image 2"), e.getMessage());
        Path labels = write("labels", Arrays.copyOf(LABELS, LABELS.length - 2));
        e = assertThrows(IOException.class, () -> Idx.readLabels(labels));
        assertTrue(e.getMessage().contains("3 labels, but it has only 1"), e.getMessage());
        byte[] gz = gzip(IMAGES);
        Path cut = write("cut.gz", Arrays.copyOf(gz, gz.length - 12));
        e = assertThrows(IOException.class, () -> Idx.readImages(cut));
        assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
    }

    @Test
    @DisplayName("size mismatch: extra bytes after the data, and different counts of images and labels")
    void sizeMismatch() throws IOException {
        byte[] longer = Arrays.copyOf(LABELS, LABELS.length + 2);
        Path extra = write("extra", longer);
        IOException e = assertThrows(IOException.class, () -> Idx.readLabels(extra));
        assertTrue(e.getMessage().contains("size mismatch") && e.getMessage().contains("2 bytes after"), e.getMessage());
        byte[] twoLabels = bytes(0x00, 0x00, 0x08, 0x01, 0, 0, 0, 2, 1, 2);
        Path images = write("images", IMAGES);
        Path labels = write("two-labels", twoLabels);
        e = assertThrows(IOException.class, () -> Idx.read(images, labels));
        assertTrue(e.getMessage().contains("3 images but") && e.getMessage().contains("2 labels"), e.getMessage());
    }

    @Test
    @DisplayName("write rejects pixels outside [0, 1] and labels outside 0..255")
    void writeChecks() {
        assertThrows(IllegalArgumentException.class, () -> Idx.writeImages(dir.resolve("a"), new double[][] {{1.5}}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Idx.writeImages(dir.resolve("b"), new double[][] {{0, 0}}, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Idx.writeLabels(dir.resolve("c"), new int[] {256}));
    }

    @Test
    @DisplayName("Fashion-MNIST from Debian's dataset-fashion-mnist, when installed: 10k test images of 28×28, 10 classes")
    void fashionMnist() throws IOException {
        Path fashion = Path.of("/usr/share/datasets/fashion-mnist");
        assumeTrue(Files.isDirectory(fashion), "dataset-fashion-mnist is not installed");
        Dataset test = Idx.read(fashion.resolve("t10k-images-idx3-ubyte.gz"), fashion.resolve("t10k-labels-idx1-ubyte.gz"));
        assertEquals(10000, test.size());
        assertEquals(784, test.features());
        assertEquals(10, test.classes());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
