package nngrader.cli;

import nngrader.report.ResultsFormat;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code --format gradescope}: a {@link ResultsFormat} by name, in any case. */
final class ResultsFormatConverter implements CommandLine.ITypeConverter<ResultsFormat> {

    @Override
    public ResultsFormat convert(String value) {
        try {
            return ResultsFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; the formats are "
                    + names());
        }
    }

    /** {@code gradescope, prairielearn, markdown}, as a user types them. */
    static String names() {
        return Arrays.stream(ResultsFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
