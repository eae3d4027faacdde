package org.openhall.kiosk.scan;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first gate for every scanned payload, whatever read it: checks length and characters, then tells
 * what kind of code it is by its shape alone. A check-in code's signature is verified by queue-service,
 * which holds the key; here only its shape is checked, so that junk never reaches the screens or the
 * network.
 */
public final class PayloadParser {

    /** The longest payload accepted: an AAMVA ID barcode is well under this. */
    public static final int MAX_LENGTH = 2_000;

    /** {@code OH1.P|A.<hall>.<ref>.<issued-at digits>.<base64url signature>}. */
    private static final Pattern CHECK_IN = Pattern.compile(
            "OH1\\.[PA]\\.[A-Za-z0-9_-]{1,32}\\.[A-Za-z0-9_-]{1,64}\\.[0-9]{1,19}\\.[A-Za-z0-9_-]{16,512}");

    /** An http(s) URL whose path ends in {@code /t/<id>} (the ticket's status page). */
    private static final Pattern TICKET_URL = Pattern.compile(
            "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%-]+)*/t/[A-Za-z0-9_-]{1,64}/?");

    private PayloadParser() {
    }

    /**
     * Classifies {@code text}.
     *
     * @throws InvalidPayloadException if it is empty, longer than {@value #MAX_LENGTH} characters, holds a
     *                                 character that is not printable (line feed, carriage return and the
     *                                 PDF417 separators are allowed in an ID barcode only) or looks like a
     *                                 check-in code but has the wrong shape; never any other exception
     */
    public static CodeKind parse(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidPayloadException("empty payload");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidPayloadException("payload longer than " + MAX_LENGTH + " characters");
        }
        boolean aamva = AamvaId.looksLikeAamva(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new InvalidPayloadException("broken surrogate pair at " + i);
                }
                i++;
                continue;
            }
            if (isSeparator(c)) {
                if (!aamva) {
                    throw new InvalidPayloadException("control character at " + i);
                }
                continue;
            }
            if (Character.isISOControl(c) || !isPrintable(c)) {
                throw new InvalidPayloadException("unprintable character at " + i);
            }
        }
        if (text.startsWith("OH1.")) {
            if (!CHECK_IN.matcher(text).matches()) {
                throw new InvalidPayloadException("malformed check-in code");
            }
            return CodeKind.CHECK_IN_QR;
        }
        if (TICKET_URL.matcher(text).matches()) {
            return CodeKind.TICKET_QR;
        }
        if (aamva) {
            if (AamvaId.parse(text).isEmpty()) {
                throw new InvalidPayloadException("ID barcode without a document number");
            }
            return CodeKind.ID_BARCODE;
        }
        return CodeKind.UNKNOWN;
    }

    /** Line feed, carriage return, record and group separators: the AAMVA layout's delimiters. */
    static boolean isSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u001e' || c == '\u001d';
    }

    private static boolean isPrintable(char c) {
        int type = Character.getType(c);
        return type != Character.UNASSIGNED && type != Character.FORMAT && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }
}
