package org.openhall.queue.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openhall.client.api.ResidentId;

/** Resident ID numbers that visitors or staff type into free text. */
public final class IdNumbers {

    /** 17 digits and a digit or X, not part of a longer number. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private IdNumbers() {
    }

    /**
     * The text with every valid resident ID number in it masked ({@code 身份证11010519491231002X} →
     * {@code 身份证1101**********002X}); digits that are no valid ID number (a phone number, an order
     * number) stay as they are. The length never changes.
     */
    public static String maskIn(String text) {
        Matcher candidates = CANDIDATE.matcher(text);
        return candidates.replaceAll(found -> Matcher.quoteReplacement(
                ResidentId.isValid(found.group()) ? new ResidentId(found.group()).masked() : found.group()));
    }
}
