package org.openhall.queue.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.LocalizedText;

class HallTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Hall hall(ZoneId zone, LocalTime dayStartsAt) {
        return new Hall("h", LocalizedText.of("大厅", "Hall"), zone, dayStartsAt, "weighted", true,
                List.of(new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                Set.of(LocalDate.of(2026, 10, 5)));
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void theServiceDayTurnsAtLocalMidnightNotAtUtcMidnight() {
        Hall hall = hall(SHANGHAI, LocalTime.MIDNIGHT);
        // 23:59:59 and 00:00 in Shanghai are 15:59:59 and 16:00 UTC: the day turns there, not at 00:00 UTC.
        assertThat(hall.serviceDayAt(Instant.parse("2026-11-26T15:59:59Z"))).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(hall.serviceDayAt(Instant.parse("2026-11-26T16:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(hall.serviceDayAt(Instant.parse("2026-11-27T00:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aConfiguredResetTimeStartsTheDayThere() {
        Hall hall = hall(SHANGHAI, LocalTime.of(4, 0));
        assertThat(hall.serviceDayAt(at(SHANGHAI, "2026-11-27T03:59:59"))).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(hall.serviceDayAt(at(SHANGHAI, "2026-11-27T04:00:00"))).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void daylightSavingChangesNeitherSkipNorRepeatAServiceDay() {
        Hall midnight = hall(NEW_YORK, LocalTime.MIDNIGHT);
        // 2026-03-08: clocks jump from 02:00 to 03:00; 2026-11-01: from 02:00 back to 01:00.
        assertThat(midnight.serviceDayAt(at(NEW_YORK, "2026-03-08T01:59:59"))).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(midnight.serviceDayAt(at(NEW_YORK, "2026-03-08T03:00:00"))).isEqualTo(LocalDate.of(2026, 3, 8));
        Instant firstOneThirty = Instant.parse("2026-11-01T05:30:00Z");
        Instant secondOneThirty = Instant.parse("2026-11-01T06:30:00Z");
        assertThat(firstOneThirty.atZone(NEW_YORK).toLocalTime()).isEqualTo(secondOneThirty.atZone(NEW_YORK).toLocalTime());
        assertThat(midnight.serviceDayAt(firstOneThirty)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(midnight.serviceDayAt(secondOneThirty)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(midnight.serviceDayAt(at(NEW_YORK, "2026-11-01T23:59:59"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(midnight.serviceDayAt(at(NEW_YORK, "2026-11-02T00:00:00"))).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void aResetTimeSkippedByDaylightSavingStartsTheDayAtTheNextValidInstant() {
        Hall hall = hall(NEW_YORK, LocalTime.of(2, 30));
        // On 2026-03-08 02:30 does not exist: the day starts at 03:30, the reset time moved on by the gap.
        assertThat(hall.serviceDayAt(at(NEW_YORK, "2026-03-08T01:59:59"))).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThat(hall.serviceDayAt(at(NEW_YORK, "2026-03-08T03:30:00"))).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void isOpenOnlyInsideAnOpeningPeriodAndNotOnAHoliday() {
        Hall hall = hall(SHANGHAI, LocalTime.MIDNIGHT);
        assertThat(hall.isOpenAt(at(SHANGHAI, "2026-11-23T09:00:00"))).isTrue();
        assertThat(hall.isOpenAt(at(SHANGHAI, "2026-11-23T08:59:59"))).isFalse();
        assertThat(hall.isOpenAt(at(SHANGHAI, "2026-11-23T12:00:00"))).isFalse();
        assertThat(hall.isOpenAt(at(SHANGHAI, "2026-11-24T10:00:00"))).isFalse();
        assertThat(hall.isOpenAt(at(SHANGHAI, "2026-10-05T10:00:00"))).as("a holiday Monday").isFalse();
    }

    @Test
    void refusesOverlappingOpeningPeriodsOfADayButNotTouchingOnes() {
        var morning = new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        var noon = new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(11, 30), LocalTime.of(13, 0));
        var afternoon = new Hall.OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0));
        var tuesdayNoon = new Hall.OpeningPeriod(DayOfWeek.TUESDAY, LocalTime.of(11, 30), LocalTime.of(13, 0));
        assertThatThrownBy(() -> new Hall("h", LocalizedText.of("厅", "Hall"), ZoneId.of("Asia/Shanghai"),
                LocalTime.MIDNIGHT, "weighted", true, List.of(morning, noon), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThat(new Hall("h", LocalizedText.of("厅", "Hall"), ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT,
                "weighted", true, List.of(morning, afternoon, tuesdayNoon), Set.of()).openingHours()).hasSize(3);
    }

    @Test
    void refusesAMalformedHallCode() {
        assertThatThrownBy(() -> new Hall("Bad Code", LocalizedText.of("", ""), SHANGHAI, LocalTime.MIDNIGHT,
                "weighted", false, List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
