package nngrader.report.plot;

import nngrader.api.Chart;

/**
 * A chart drawn as a PNG, with what a page needs around it.
 *
 * @param png    the PNG file's bytes (the array is this record's own: do not change it)
 * @param width  its width in pixels
 * @param height its height in pixels
 * @param alt    what it shows, in words ({@link Chart#alt()})
 */
public record ChartImage(byte[] png, int width, int height, String alt) {
}
