package nngrader.report;

/**
 * How many bytes of images one results file may still take. Gradescope and PrairieLearn both want
 * results files well under 1 MB; text is capped elsewhere, and images share what is left.
 */
final class ImageBudget {
    /** PNG bytes per results file (about 530 KB once base64-encoded). */
    static final int DEFAULT_BYTES = 400 * 1024;

    private long left;

    ImageBudget(long bytes) {
        this.left = bytes;
    }

    static ImageBudget standard() {
        return new ImageBudget(DEFAULT_BYTES);
    }

    /** Whether no image fits any more: then none need be drawn. */
    boolean spent() {
        return left <= 0;
    }

    /** Takes room for an image of {@code bytes} if there is room left; false when it does not fit. */
    boolean take(int bytes) {
        if (bytes > left) {
            return false;
        }
        left -= bytes;
        return true;
    }
}
