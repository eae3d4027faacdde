package org.openhall.client.api;

import java.util.List;

/**
 * A service hall.
 *
 * @param code         stable identifier used in paths, e.g. {@code demo}
 * @param timeZone     the hall's zone id (e.g. {@code Asia/Shanghai}); its service day is the date there
 * @param openingHours opening periods per day of week, in the hall's zone
 * @param callPolicy   the call-next policy the hall uses ({@code weighted} or {@code fifo})
 */
public record HallView(String code, LocalizedText name, String timeZone, List<OpeningPeriod> openingHours,
        String callPolicy) {

    /** One opening period, e.g. MONDAY 09:00–12:00 (times in the hall's zone, {@code HH:mm}). */
    public record OpeningPeriod(String dayOfWeek, String opens, String closes) {
    }
}
