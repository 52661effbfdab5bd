package nngrader.report.plot;

import nngrader.api.Chart;

import java.util.Base64;

/**
 * A chart drawn as a PNG, with what a page needs around it.
 *
 * @param png    the PNG file's bytes (the array is this record's own: do not change it)
 * @param width  its width in pixels
 * @param height its height in pixels
 * @param alt    what it shows, in words ({@link Chart#alt()})
 */
public record ChartImage(byte[] png, int width, int height, String alt) {
    /** The PNG as a {@code data:} URI, for an {@code <img src>} in a page that carries its images inside. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
