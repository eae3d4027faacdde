package org.openhall.kiosk.scan;

/** What a scanned code is, judged from its shape only (signatures are checked by queue-service). */
public enum CodeKind {
    /** {@code OH1.[PA].<hall>.<ref>.<digits>.<signature>}: an appointment or pre-registration check-in. */
    CHECK_IN_QR,
    /** A URL ending in {@code /t/<id>}: the QR code printed on a ticket. */
    TICKET_QR,
    /** The AAMVA PDF417 barcode on an ID card. */
    ID_BARCODE,
    /** A valid payload of no known kind. */
    UNKNOWN
}
