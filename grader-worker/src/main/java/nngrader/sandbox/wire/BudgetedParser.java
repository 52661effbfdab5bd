package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Reads one reply from the worker within a {@link DecodeBudget}: every token is charged as it is
 * read, and a string or a block of bits is charged by its size in the frame before it is decoded,
 * so the budget fails before the memory is taken. Codecs read through it as through any parser.
 */
public final class BudgetedParser extends JsonParserDelegate {
    /** An array or object once decoded: its header and the reference to it. */
    private static final int CONTAINER_BYTES = 24;

    private final byte[] frame;
    private final DecodeBudget budget;

    private BudgetedParser(JsonParser in, byte[] frame, DecodeBudget budget) {
        super(in);
        this.frame = frame;
        this.budget = budget;
    }

    public static BudgetedParser over(JsonFactory json, byte[] frame, DecodeBudget budget) throws IOException {
        JsonParser in = json.createParser(frame);
        // Jackson reads UTF-16 and UTF-32 too, with char offsets: strings could not be sized in the frame's bytes
        if (!(in instanceof UTF8StreamJsonParser)) {
            in.close();
            throw new WireException("a frame is JSON in UTF-8");
        }
        return new BudgetedParser(in, frame, budget);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = super.nextToken();
        if (t != null && t != JsonToken.END_ARRAY && t != JsonToken.END_OBJECT && t != JsonToken.FIELD_NAME) {
            budget.charge(t.isStructStart() ? CONTAINER_BYTES : Double.BYTES);
        }
        return t;
    }

    @Override
    public String getText() throws IOException {
        if (currentToken() == JsonToken.VALUE_STRING) {
            budget.charge(2L * rawLength());     // a char per byte at most, two bytes per char
        }
        return super.getText();
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) throws IOException {
        budget.charge(rawLength() * 3 / 4);
        return super.getBinaryValue(variant);
    }

    /**
     * The current string, cut to {@code maxChars} characters without decoding the rest: for text
     * that is shown, not computed with (what the student printed, an exception's message).
     */
    public RawString.Prefix cappedText(int maxChars) throws IOException {
        if (currentToken() != JsonToken.VALUE_STRING) {
            throw Scalars.expected(this, "a string");
        }
        RawString.Prefix prefix = RawString.read(frame, quote(), maxChars);
        budget.charge(2L * prefix.text().length());
        return prefix;
    }

    private long rawLength() throws WireException {
        int quote = quote();
        return RawString.end(frame, quote) - quote - 1;
    }

    /** Where the current string token starts in the frame (its opening quote). */
    private int quote() {
        return (int) currentTokenLocation().getByteOffset();
    }
}
