package org.openhall.kiosk.scan;

import java.util.Objects;

/**
 * A code that passed {@link PayloadParser}: its text, where it came from and what kind it is.
 *
 * @param text   the payload as read (never empty, at most {@value PayloadParser#MAX_LENGTH} characters)
 * @param source where it came from
 * @param kind   what it is
 */
public record ScannedCode(String text, ScanSource source, CodeKind kind) {

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }

    /** The ID card's fields, for an {@link CodeKind#ID_BARCODE}; empty for any other kind. */
    public java.util.Optional<AamvaId> aamvaId() {
        return kind == CodeKind.ID_BARCODE ? AamvaId.parse(text) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        // an ID barcode carries personal data: never print it whole in a log
        return "ScannedCode[" + kind + " from " + source + ", " + text.length() + " chars]";
    }
}
