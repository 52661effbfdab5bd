package nngrader.sandbox.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON string read straight from the frame's bytes, so that a long one is cut before it is held:
 * Jackson would decode all of it into its buffer first (45 MB of output text are 90 MB of chars).
 * Only the bytes of the first {@code maxChars} characters are decoded; the rest is only counted.
 */
public final class RawString {
    /** The most bytes one character takes in a JSON string: an escape, {@code \}{@code uXXXX}. */
    private static final int MAX_BYTES_PER_CHAR = 6;

    private RawString() {
    }

    /** The first characters of a string, and how many bytes of it were left out. */
    public record Prefix(String text, long droppedBytes) {
    }

    /** The index of the closing quote of the string whose opening quote is at {@code quote}. */
    static int end(byte[] frame, int quote) throws WireException {
        for (int i = quote + 1; i < frame.length; i++) {
            if (frame[i] == '\\') {
                i++;
            } else if (frame[i] == '"') {
                return i;
            }
        }
        throw new WireException("a string without its closing quote");
    }

    /** Decodes at most {@code maxChars} characters of the string whose opening quote is at {@code quote}. */
    static Prefix read(byte[] frame, int quote, int maxChars) throws WireException {
        if (quote < 0 || quote >= frame.length || frame[quote] != '"') {
            throw new WireException("expected a string");
        }
        int start = quote + 1;
        int raw = end(frame, quote) - start;
        int take = (int) Math.min(raw, (long) maxChars * MAX_BYTES_PER_CHAR);
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(frame, start, take));
        } catch (CharacterCodingException e) {
            throw new WireException("a string that is not UTF-8", e);
        }
        StringBuilder text = new StringBuilder(Math.min(maxChars, chars.length()));
        long used = 0;
        int i = 0;
        while (i < chars.length() && text.length() < maxChars) {
            char c = chars.charAt(i);
            if (c != '\\') {
                text.append(c);
                used += utf8Length(c);
                i++;
                continue;
            }
            if (i + 1 >= chars.length()) {
                break;      // an escape cut off at the end of what was decoded
            }
            char e = chars.charAt(i + 1);
            if (e == 'u') {
                if (i + 6 > chars.length()) {
                    break;
                }
                try {
                    text.append((char) Integer.parseInt(chars.subSequence(i + 2, i + 6).toString(), 16));
                } catch (NumberFormatException x) {
                    throw new WireException("a bad escape in a string");
                }
                used += 6;
                i += 6;
                continue;
            }
            text.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case '"', '\\', '/' -> e;
                default -> throw new WireException("a bad escape in a string");
            });
            used += 2;
            i += 2;
        }
        return new Prefix(text.toString(), raw - used);
    }

    /** The bytes a char took in the frame: surrogates come in pairs of 4 bytes. */
    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
