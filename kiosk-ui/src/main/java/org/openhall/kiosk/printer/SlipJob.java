package org.openhall.kiosk.printer;

import java.time.ZoneId;
import java.util.Locale;
import org.openhall.client.api.LocalizedText;

/**
 * One slip for the kiosk's printer: a visitor's ticket ({@link PrintJob}), the receipt of a complaint
 * or suggestion ({@link FeedbackSlip}) or a consultation's QR code ({@link ConsultationSlip}). Every slip carries the hall's name, is timed in the hall's zone
 * and is written in the visitor's language first, the other language below.
 */
public sealed interface SlipJob permits PrintJob, FeedbackSlip, ConsultationSlip {

    /** The hall's name, printed at the top. */
    LocalizedText hallName();

    /** The hall's time zone, in which times are printed. */
    ZoneId zone();

    /** The visitor's language, printed first. */
    Locale language();

    /** What the slip is, for logs: {@code ticket A023 (7f3a…)}, {@code feedback FK-20251126-0001}. */
    String describe();

    /** The slip's file name without extension: letters, digits, {@code -} and {@code _} only. */
    String fileStem();

    /** {@code part} with anything that is not safe in a file name replaced by {@code _}. */
    static String safe(String part) {
        String cleaned = part.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
