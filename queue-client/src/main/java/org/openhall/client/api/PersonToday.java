package org.openhall.client.api;

import java.util.List;

/**
 * A person's business at the hall today, found by ID number: their pre-applications and
 * appointments, each ready to check in or not. The ID appears only masked.
 *
 * @param maskedId e.g. {@code 1101**********002X}
 */
public record PersonToday(String maskedId, List<CheckInView> items) {
}
