package org.openhall.queue.hall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;

/**
 * A service hall: where it is in time (its zone and the moment its service day starts) and when
 * it is open.
 *
 * @param dayStartsAt         local time at which ticket numbering restarts (usually midnight)
 * @param enforceOpeningHours whether tickets are refused outside the opening hours
 */
public record Hall(String code, LocalizedText name, ZoneId zone, LocalTime dayStartsAt, String callPolicy,
        boolean enforceOpeningHours, List<OpeningPeriod> openingHours, Set<LocalDate> holidays) {

    public Hall {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("A hall code is 1-32 lowercase letters, digits or dashes: " + code);
        }
        openingHours = List.copyOf(openingHours);
        holidays = Set.copyOf(holidays);
        for (int i = 0; i < openingHours.size(); i++) {
            for (int j = i + 1; j < openingHours.size(); j++) {
                if (openingHours.get(i).overlaps(openingHours.get(j))) {
                    throw new IllegalArgumentException("Opening periods overlap: " + openingHours.get(i) + " and "
                            + openingHours.get(j));
                }
            }
        }
    }

    /**
     * The service day an instant belongs to: the date in the hall's zone, counted from
     * {@link #dayStartsAt()}. Daylight-saving changes are handled by the zone rules; a reset time
     * that a daylight-saving gap skips on some day moves later by the gap's length that day.
     */
    public LocalDate serviceDayAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate date = local.toLocalDate();
        ZonedDateTime dayStart = date.atTime(dayStartsAt).atZone(zone);
        return local.isBefore(dayStart) ? date.minusDays(1) : date;
    }

    /**
     * The instant the service day begins: {@link #dayStartsAt()} on that date in the hall's zone
     * (moved later by a daylight-saving gap, as {@link #serviceDayAt} counts it).
     */
    public Instant serviceDayStart(LocalDate day) {
        return day.atTime(dayStartsAt).atZone(zone).toInstant();
    }

    /** Whether the hall takes visitors at that instant: an opening period of the weekday, not a holiday. */
    public boolean isOpenAt(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        return openingHours.stream().anyMatch(p -> p.day() == day && !time.isBefore(p.opens()) && time.isBefore(p.closes()));
    }

    public HallView toView() {
        return new HallView(code, name, zone.getId(),
                openingHours.stream().map(p -> new HallView.OpeningPeriod(p.day().name(), p.opens().toString(),
                        p.closes().toString())).toList(),
                callPolicy);
    }

    /** One opening period of a weekday, in the hall's zone. */
    public record OpeningPeriod(DayOfWeek day, LocalTime opens, LocalTime closes) {

        public OpeningPeriod {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("An opening period must open before it closes: " + opens + "-" + closes);
            }
        }

        /** Whether the two periods share a moment (on the same weekday); touching ends do not overlap. */
        public boolean overlaps(OpeningPeriod other) {
            return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
        }

        @Override
        public String toString() {
            return day + " " + opens + "-" + closes;
        }
    }
}
