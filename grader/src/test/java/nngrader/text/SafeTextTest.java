package nngrader.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What student code printed or named reaches results and the staff's terminal without control characters. */
class SafeTextTest {

    @Test
    void terminalEscapesCarriageReturnsNulAndBidiOverridesAreRemoved() {
        assertEquals("[31mred[0m", SafeText.clean("\u001b[31mred\u001b[0m"));
        assertEquals("All tests passed ✔ fake", SafeText.clean("All tests passed ✔\r fake"));
        assertEquals("ab", SafeText.clean("a\u0000b"));
        assertEquals("txt.exe", SafeText.clean("txt\u202e.exe"));
        assertEquals("isolated", SafeText.clean("\u2066iso\u2069lated"));
        assertEquals("c1", SafeText.clean("c\u009b1\u007f"));
    }

    @Test
    void newlinesTabsAndAllOtherTextStay() {
        String text = "line 1\n\tline 2: é → 😀 ∑ 中文";
        assertEquals(text, SafeText.clean(text));
    }

    @Test
    void loneSurrogatesAreRemovedPairsStay() {
        assertEquals("a😀b", SafeText.clean("a\ud800😀\udc00b"));
    }

    @Test
    void aNameIsShownOnOneLineWithItsControlCharactersEscaped() {
        assertEquals("hw\\n(for the staff) sandbox: all in place\\u202E", SafeText.escapedName(
                "hw\n(for the staff) sandbox: all in place\u202e"));
        assertEquals("Softmax.java", SafeText.escapedName("Softmax.java"));
    }
}
