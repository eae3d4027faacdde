package org.openhall.kiosk.scan;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields the kiosk needs from an AAMVA PDF417 ID barcode: the document number (element
 * {@code DAQ}) and the name ({@code DCS} family name, {@code DAC} first name).
 *
 * @param documentNumber the ID number as printed on the card
 * @param familyName     the family name, if the barcode carries one
 * @param firstName      the first name, if the barcode carries one
 */
public record AamvaId(String documentNumber, @Nullable String familyName, @Nullable String firstName) {

    private static final String COMPLIANCE_HEADER = "@\n\u001e\rANSI ";

    /** Whether {@code text} has an AAMVA header (strict compliance indicator, or {@code ANSI }/{@code AAMVA}) and a DAQ element. */
    static boolean looksLikeAamva(String text) {
        boolean header = text.startsWith(COMPLIANCE_HEADER) || text.contains("ANSI ") || text.contains("AAMVA");
        return header && text.contains("DAQ");
    }

    /** Reads the ID fields from an AAMVA barcode's text; empty if it is not one or has no document number. */
    public static Optional<AamvaId> parse(@Nullable String text) {
        if (text == null || text.length() > PayloadParser.MAX_LENGTH || !looksLikeAamva(text)) {
            return Optional.empty();
        }
        var number = element(text, "DAQ");
        if (number == null || number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AamvaId(number, element(text, "DCS"), element(text, "DAC")));
    }

    /**
     * The value of a data element: its three-letter id at the start of a line (or right after the
     * subfile designator {@code DL}/{@code ID}), up to the next separator.
     */
    private static @Nullable String element(String text, String id) {
        int from = 0;
        while (true) {
            int at = text.indexOf(id, from);
            if (at < 0) {
                return null;
            }
            boolean lineStart = at == 0 || PayloadParser.isSeparator(text.charAt(at - 1))
                    || (at >= 2 && (text.startsWith("DL", at - 2) || text.startsWith("ID", at - 2)));
            if (lineStart) {
                int end = at + id.length();
                while (end < text.length() && !PayloadParser.isSeparator(text.charAt(end))) {
                    end++;
                }
                return text.substring(at + id.length(), end).strip();
            }
            from = at + 1;
        }
    }

    /** The document number with all but its last four characters hidden, for screens and logs. */
    public String maskedNumber() {
        return mask(documentNumber);
    }

    /** Hides all but the last four characters of {@code value} (all of it if it has four or fewer). */
    public static String mask(String value) {
        int keep = value.length() > 4 ? 4 : 0;
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }

    /** The name with all but its first character hidden per part, e.g. {@code P***** J***}. */
    public String maskedName() {
        var parts = new StringBuilder();
        for (var part : new @Nullable String[] {familyName, firstName}) {
            if (part != null && !part.isEmpty()) {
                if (!parts.isEmpty()) {
                    parts.append(' ');
                }
                int first = part.offsetByCodePoints(0, 1);
                parts.append(part, 0, first).append("*".repeat(part.codePointCount(first, part.length())));
            }
        }
        return parts.toString();
    }

    @Override
    public String toString() {
        return "AamvaId[" + maskedNumber() + "]";
    }
}
