package nngrader.report;

import nngrader.api.Chart;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Random;

/** A painter for tests: a real PNG of a given size in bytes (noise does not compress), whatever the chart. */
final class SolidPainter implements ChartPainter {
    private final byte[] png;

    /** @param side the image's width and height; noise makes its PNG about 3·side² bytes */
    SolidPainter(int side) {
        this.png = draw(side);
    }

    @Override
    public Optional<byte[]> png(Chart chart) {
        return Optional.of(png.clone());
    }

    private static byte[] draw(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
