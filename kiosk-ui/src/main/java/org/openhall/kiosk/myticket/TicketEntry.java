package org.openhall.kiosk.myticket;

import java.util.List;

/**
 * How a visitor types a ticket's number on a keypad: a row of the hall's ticket letters, then digits.
 * Every screen that finds a ticket by its typed number uses these, so that they accept the same input.
 */
public final class TicketEntry {

    /** The longest number that can be typed. */
    public static final int MAX_LENGTH = 6;

    /** The ticket letters offered on the keypad. */
    public static final String LETTERS = "ABCDEFGZ";

    /** The keypad's rows: the letters, then the digits. */
    public static final List<String> KEYPAD_ROWS = List.of(LETTERS, "1234567890");

    private TicketEntry() {
    }

    /** Whether {@code typed} is long enough to be looked up (a letter and at least one digit). */
    public static boolean complete(CharSequence typed) {
        return typed.length() >= 2;
    }
}
