package org.openhall.queue.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void aBadReviewOnAFridayIsDueFiveWorkingDaysLaterOnTheNextFriday() {
        assertThat(WorkingDays.after(FRIDAY, 5, Set.of())).isEqualTo(FRIDAY.plusWeeks(1));
        assertThat(WorkingDays.after(FRIDAY, 1, Set.of())).isEqualTo(FRIDAY.plusDays(3));
    }

    @Test
    void weekendDaysAndHolidaysInTheSpanDoNotCount() {
        // National Day week: 1 to 7 October 2026 (Thursday to Wednesday) off.
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        LocalDate tuesday = LocalDate.of(2026, 9, 29);
        // Wednesday 30 September, then Thursday 8, Friday 9, Monday 12, Tuesday 13 October.
        assertThat(WorkingDays.after(tuesday, 5, holidays)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void aHolidayOnTheMondayAfterAFridayPushesTheDeadlineOn() {
        Set<LocalDate> mondayOff = Set.of(FRIDAY.plusDays(3));
        assertThat(WorkingDays.after(FRIDAY, 1, mondayOff)).isEqualTo(FRIDAY.plusDays(4));
        assertThat(WorkingDays.after(FRIDAY, 5, mondayOff)).isEqualTo(FRIDAY.plusWeeks(1).plusDays(3));
    }

    @Test
    void aReviewOnAWeekendOrHolidayCountsFromTheNextWorkingDay() {
        assertThat(WorkingDays.after(FRIDAY.plusDays(1), 1, Set.of())).isEqualTo(FRIDAY.plusDays(3));
        assertThat(WorkingDays.after(MONDAY, 0, Set.of())).isEqualTo(MONDAY);
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDays.after(MONDAY, -1, Set.of()));
    }

    @Property
    void theDeadlineIsAWorkingDayWithExactlyNWorkingDaysAfterTheStart(@ForAll @IntRange(min = 0, max = 400) int offset,
            @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate start = MONDAY.plusDays(offset);
        Set<LocalDate> holidays = Set.of(MONDAY.plusDays(offset + 2), MONDAY.plusDays(offset + 9));
        LocalDate deadline = WorkingDays.after(start, n, holidays);
        assertThat(WorkingDays.isWorkingDay(deadline, holidays)).isTrue();
        assertThat(deadline.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        long counted = start.plusDays(1).datesUntil(deadline.plusDays(1))
                .filter(d -> WorkingDays.isWorkingDay(d, holidays)).count();
        assertThat(counted).isEqualTo(n);
    }
}
