package org.openhall.client.api;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident identity number (GB 11643): a 6-digit region code, an 8-digit birth
 * date, a 3-digit sequence and a check character computed over the first 17 (ISO 7064 MOD 11-2).
 * Constructing one validates it; {@link #toString()} masks it, so it never leaks into a log.
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentId {
        if (value == null) {
            throw new IllegalArgumentException("A resident ID number is required");
        }
        value = value.strip().toUpperCase();
        if (!value.matches("\\d{17}[0-9X]")) {
            throw new IllegalArgumentException("A resident ID number has 17 digits and a digit or X");
        }
        if (value.charAt(17) != checkCharacter(value)) {
            throw new IllegalArgumentException("The check character of this resident ID number is wrong");
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("This resident ID number has no valid birth date");
        }
    }

    /** Whether {@code text} is a valid resident ID number. */
    public static boolean isValid(String text) {
        try {
            new ResidentId(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The check character for the first 17 digits of {@code digits}. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The form shown on screens and tickets: {@code 1101**********002X}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }
}
