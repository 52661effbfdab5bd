package nn.util;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes the IDX files of MNIST and Fashion-MNIST, plain or gzip-compressed (a file
 * that starts with the gzip signature is decompressed whatever its name):
 * <pre>
 *   images  magic 0x00000803, n, rows, cols (big-endian ints), then n·rows·cols pixel bytes 0..255
 *   labels  magic 0x00000801, n, then n label bytes 0..255
 * </pre>
 * Pixels are scaled to [0, 1] (byte / 255), one image per row.
 * <pre>{@code
 * Path dir = Path.of("/usr/share/datasets/fashion-mnist");      // Debian: dataset-fashion-mnist
 * Dataset train = Idx.read(dir.resolve("train-images-idx3-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));
 * train.X().length == 60000, train.X()[0].length == 784, train.y()[0] in 0..9
 * }</pre>
 * Problems (wrong magic number, a file shorter or longer than its header says, different counts
 * of images and labels) are {@link IOException}s whose message names the file and the problem.
 */
public final class Idx {

    /** Magic number of an image file: unsigned bytes, 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of a label file: unsigned bytes, 1 dimension. */
    public static final int LABELS_MAGIC = 0x00000801;

    private Idx() {
    }

    /** The images and labels of two files, checked to have the same count.   shapes: -> X [n][rows·cols], y [n] */
    public static Dataset read(Path images, Path labels) throws IOException {
        double[][] X = readImages(images);
        int[] y = readLabels(labels);
        if (X.length != y.length) {
            throw new IOException("size mismatch: " + images + " has " + X.length + " images but " + labels + " has "
                    + y.length + " labels");
        }
        return new Dataset(X, y);
    }

    /** The images of an IDX image file, each flattened row by row and scaled to [0, 1].   shapes: -> [n][rows·cols] */
    public static double[][] readImages(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return readImages(in, file);
        } catch (EOFException | ZipException e) {
            throw corrupt(file, e);
        }
    }

    private static double[][] readImages(InputStream in, Path file) throws IOException {
        int[] header = header(in, file, IMAGES_MAGIC, 3);
        int n = header[0];
        int size = Math.multiplyExact(header[1], header[2]);
        double[][] X = new double[n][size];
        byte[] pixels = new byte[size];
        for (int i = 0; i < n; i++) {
            int got = in.readNBytes(pixels, 0, size);
            if (got < size) {
                throw new IOException(file + " is truncated: the header says " + n + " images of " + header[1] + "×"
                        + header[2] + " pixels, but the data ends inside image " + i);
            }
            for (int m = 0; m < size; m++) {
                X[i][m] = (pixels[m] & 0xff) / 255.0;
            }
        }
        checkEnd(in, file, n + " images");
        return X;
    }

    /** The labels of an IDX label file, each 0..255.                                   shapes: -> [n] */
    public static int[] readLabels(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return readLabels(in, file);
        } catch (EOFException | ZipException e) {
            throw corrupt(file, e);
        }
    }

    private static int[] readLabels(InputStream in, Path file) throws IOException {
        int n = header(in, file, LABELS_MAGIC, 1)[0];
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new IOException(file + " is truncated: the header says " + n + " labels, but it has only "
                    + bytes.length);
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = bytes[i] & 0xff;
        }
        checkEnd(in, file, n + " labels");
        return y;
    }

    /**
     * Writes images as an IDX image file, gzip-compressed when the name ends in ".gz". Each pixel
     * is stored as round(255 · value), so what {@link #readImages} gives back is equal to values
     * that are multiples of 1/255 (such as ones it read).
     *
     * @param X    the images, each of rows·cols pixels in [0, 1], row by row
     * @throws IllegalArgumentException if an image has the wrong size or a pixel is outside [0, 1]
     */
    public static void writeImages(Path file, double[][] X, int rows, int cols) throws IOException {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("rows and cols must be >= 0, got " + rows + "×" + cols);
        }
        int size = Math.multiplyExact(rows, cols);
        byte[] pixels = new byte[size];
        try (DataOutputStream out = create(file)) {
            out.writeInt(IMAGES_MAGIC);
            out.writeInt(X.length);
            out.writeInt(rows);
            out.writeInt(cols);
            for (int i = 0; i < X.length; i++) {
                if (X[i].length != size) {
                    throw new IllegalArgumentException("image " + i + " has " + X[i].length + " pixels, expected "
                            + rows + "×" + cols + " = " + size);
                }
                for (int m = 0; m < size; m++) {
                    double value = X[i][m];
                    if (!(value >= 0 && value <= 1)) {
                        throw new IllegalArgumentException("image " + i + " pixel " + m + " is " + value + ", not in [0, 1]");
                    }
                    pixels[m] = (byte) Math.round(255 * value);
                }
                out.write(pixels);
            }
        }
    }

    /**
     * Writes labels as an IDX label file, gzip-compressed when the name ends in ".gz".
     *
     * @throws IllegalArgumentException if a label is outside 0..255
     */
    public static void writeLabels(Path file, int[] y) throws IOException {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] > 255) {
                throw new IllegalArgumentException("label " + i + " is " + y[i] + ", not in 0..255");
            }
        }
        try (DataOutputStream out = create(file)) {
            out.writeInt(LABELS_MAGIC);
            out.writeInt(y.length);
            for (int label : y) {
                out.writeByte(label);
            }
        }
    }

    /** Writes a dataset as an image file and a label file (see {@link #writeImages} and {@link #writeLabels}). */
    public static void write(Path images, Path labels, Dataset data, int rows, int cols) throws IOException {
        writeImages(images, data.X(), rows, cols);
        writeLabels(labels, data.y());
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The file's bytes, decompressed when it starts with the gzip signature 1f 8b. */
    private static InputStream open(Path file) throws IOException {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private static DataOutputStream create(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new DataOutputStream(out);
    }

    /** Checks the magic number and reads the dimension sizes that follow it. */
    private static int[] header(InputStream in, Path file, int magic, int dimensions) throws IOException {
        String kind = magic == IMAGES_MAGIC ? "image" : "label";
        int found = readInt(in, file, "the magic number");
        if (found != magic) {
            String hint = found == IMAGES_MAGIC ? " (that is an image file)"
                    : found == LABELS_MAGIC ? " (that is a label file)" : "";
            throw new IOException(file + " is not an IDX " + kind + " file: magic number " + hex(found) + hint
                    + ", expected " + hex(magic));
        }
        int[] sizes = new int[dimensions];
        for (int i = 0; i < dimensions; i++) {
            sizes[i] = readInt(in, file, "the header");
            if (sizes[i] < 0) {
                throw new IOException(file + ": dimension " + i + " of the header is negative (" + sizes[i] + ")");
            }
        }
        return sizes;
    }

    private static int readInt(InputStream in, Path file, String what) throws IOException {
        byte[] bytes = in.readNBytes(4);
        if (bytes.length < 4) {
            throw new IOException(file + " is truncated: it ends inside " + what);
        }
        return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
    }

    private static void checkEnd(InputStream in, Path file, String what) throws IOException {
        long extra = 0;
        while (in.read() >= 0) {
            extra++;
        }
        if (extra > 0) {
            throw new IOException("size mismatch: " + file + " has " + extra + " bytes after the " + what
                    + " its header announces");
        }
    }

    private static IOException corrupt(Path file, IOException e) {
        return new IOException(file + " is truncated or not valid gzip: " + e.getMessage(), e);
    }

    private static String hex(int value) {
        return String.format("0x%08x", value);
    }
}
