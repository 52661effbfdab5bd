package nngrader.batch.classreport;

import nngrader.report.Numbers;
import nngrader.batch.SubmissionRecord;
import nngrader.batch.input.Submitter;
import nngrader.report.TestScore;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code summary.csv}: one row per submission (who, total, each test's score), for a spreadsheet
 * or the LMS's grade import.
 *
 * <pre>
 * submission,students,sids,emails,score,max_score,problem,1.1 scores: W x + b,1.2 softmax: sums to 1,...
 * submission_101,Ada Lovelace,1815,ada@example.edu,100,100,,2,3,...
 * carol.zip,,,,0,100,carol.zip is not a readable zip file (...),,,...
 * </pre>
 *
 * A test a submission did not run (it could not be graded) is an empty cell. Quoting is RFC 4180's:
 * the one rule is written here rather than pulling in a CSV library for a file we only write.
 */
public final class SummaryCsv {
    public static final List<String> FIXED_COLUMNS = List.of("submission", "students", "sids", "emails", "score",
            "max_score", "problem");

    public void write(ClassStatistics statistics, Path file) throws IOException {
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        statistics.tests().forEach(t -> header.add(t.label()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(row(header));
            for (SubmissionRecord record : statistics.records()) {
                List<String> cells = new ArrayList<>();
                cells.add(record.id());
                cells.add(record.names());
                cells.add(record.submitters().stream().map(Submitter::sid).collect(Collectors.joining("; ")));
                cells.add(record.submitters().stream().map(Submitter::email).collect(Collectors.joining("; ")));
                cells.add(Numbers.points(record.scores().score()));
                // one that could not be graded is out of the same points as the rest of the class
                cells.add(Numbers.points(record.scores().failedToGrade() ? statistics.maxScore() : record.scores().maxScore()));
                cells.add(record.scores().problem() == null ? "" : record.scores().problem());
                for (ClassStatistics.TestColumn test : statistics.tests()) {
                    TestScore score = ClassStatistics.score(record, test.label());
                    cells.add(score == null ? "" : Numbers.points(score.score()));
                }
                out.write(row(cells));
            }
        }
    }

    private static String row(List<String> cells) {
        return cells.stream().map(SummaryCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            // a student's name or an upload's file name like "=HYPERLINK(...)" would run as a formula in
            // the spreadsheet a TA opens; a leading ' makes it text (OWASP's advice for CSV injection)
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
