package nngrader.batch.classreport;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryCsvTest {

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")", SummaryCsv.field("=HYPERLINK(\"http://evil\";\"x\")")
                .replaceFirst("^\"", "").replaceFirst("\"$", ""));
        assertEquals("'@SUM(A1:A9)", SummaryCsv.field("@SUM(A1:A9)"));
        assertEquals("'+1 555 0100", SummaryCsv.field("+1 555 0100"));
        assertEquals("\"'-cmd,x\"", SummaryCsv.field("-cmd,x"));
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertEquals("-0.5", SummaryCsv.field("-0.5"));
        assertEquals("97.5", SummaryCsv.field("97.5"));
        assertEquals("Ada Lovelace", SummaryCsv.field("Ada Lovelace"));
        assertEquals("\"Lovelace, Ada\"", SummaryCsv.field("Lovelace, Ada"));
        assertEquals("\"say \"\"hi\"\"\"", SummaryCsv.field("say \"hi\""));
    }
}
