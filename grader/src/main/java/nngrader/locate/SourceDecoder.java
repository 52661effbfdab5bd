package nngrader.locate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a submitted file into source text, the way a student's editor most likely meant them:
 * UTF-8 (a byte order mark is dropped); UTF-16 when it starts with a UTF-16 byte order mark; otherwise
 * Latin-1, with a note. Bytes with a NUL in them are not text at all.
 */
final class SourceDecoder {

    /** Decoded text, and notes for the student about how it was read. */
    record Decoded(String source, List<String> notes) {
    }

    /** The text of {@code bytes}, or empty when they are binary (hold a NUL byte). */
    Optional<Decoded> decode(byte[] bytes, String shownName) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 0, StandardCharsets.UTF_16).map(text -> new Decoded(text,
                    List.of(shownName + " is saved as UTF-16; read as UTF-16 (UTF-8 is the usual encoding for Java)")));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        Optional<String> utf8 = strict(bytes, start, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return Optional.of(new Decoded(utf8.get(), List.of()));
        }
        String latin1 = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        return Optional.of(new Decoded(latin1, List.of(shownName + " is not UTF-8; read as Latin-1")));
    }

    private static Optional<String> strict(byte[] bytes, int start, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
