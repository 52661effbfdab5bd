package nngrader.cli;

import nngrader.report.ResultsFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.Iterator;

/**
 * {@code --format}, shared by the commands that write reports ({@code grade}, {@code batch}):
 * add it with {@code @Mixin FormatOption formatOption;} and write with
 * {@code formatOption.format.write(report, file)}.
 * The value is case-insensitive and help lists the formats by their lower-case ids.
 */
final class FormatOption {

    @Option(names = "--format", defaultValue = "gradescope", paramLabel = "FORMAT",
            converter = Converter.class, completionCandidates = Ids.class,
            description = "the results file's format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    ResultsFormat format;

    static final class Converter implements ITypeConverter<ResultsFormat> {
        @Override
        public ResultsFormat convert(String value) {
            try {
                return ResultsFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ResultsFormat.ids().iterator();
        }
    }
}
