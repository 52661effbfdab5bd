package nn.mlp.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nn.util.Dataset;
import nn.util.Idx;

/**
 * The Fashion-MNIST subset the suite trains on: 2500 training and 500 test images (250 and 50 of
 * each class, 28×28 pixels scaled to [0, 1]), bundled with the suite as class path resources
 * under {@code nn/mlp/grading/fashion-mnist/} (made by {@code nn.mlp.data.MakeSubset} in the test
 * sources from Debian's {@code dataset-fashion-mnist}), so grading never needs the package.
 */
final class FashionMnist {

    static final int CLASSES = 10;

    /** The name of each class, in label order. */
    static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");
    private static final String FOLDER = "fashion-mnist/";

    private static Dataset train;
    private static Dataset test;

    private FashionMnist() {
    }


    static synchronized Dataset train() {
        if (train == null) {
            train = read("train");
        }
        return train;
    }

    static synchronized Dataset test() {
        if (test == null) {
            test = read("t10k");
        }
        return test;
    }

    private static Dataset read(String prefix) {
        try {
            return Idx.read(resource(prefix + "-images-idx3-ubyte.gz"), resource(prefix + "-labels-idx1-ubyte.gz"));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled Fashion-MNIST subset cannot be read (a problem of the"
                    + " assignment, not of the submission)", e);
        }
    }

    /** The resource as a file: itself when the suite runs from a folder, else a temporary copy. */
    private static Path resource(String name) throws IOException {
        URL url = FashionMnist.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IOException("missing class path resource nn/mlp/grading/" + FOLDER + name);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(url + ": " + e.getMessage(), e);
            }
        }
        Path copy = Files.createTempFile("fashion-mnist-", ".gz");
        copy.toFile().deleteOnExit();
        try (InputStream in = url.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
