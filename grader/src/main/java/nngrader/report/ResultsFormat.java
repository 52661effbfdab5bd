package nngrader.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file formats a report can be written in, one per learning platform; {@code --format} on
 * {@code grade} and {@code batch} picks one.
 */
public enum ResultsFormat {
    /** Gradescope's {@code results.json}. */
    GRADESCOPE {
        @Override
        public void write(GradingReport report, Path file) throws IOException {
            new GradescopeResults().write(report, file);
        }
    };

    /** Writes the report to {@code file}, atomically: a reader sees the old file or the whole new one. */
    public abstract void write(GradingReport report, Path file) throws IOException;
}
