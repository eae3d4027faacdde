package org.openhall.queue.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days of a hall: Monday to Friday, except the hall's holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * The {@code n}th working day after {@code day} ({@code day} itself never counts, whether or not
     * it is a working day): a Friday plus one is the next Monday, unless that is a holiday.
     */
    public static LocalDate after(LocalDate day, int n, Set<LocalDate> holidays) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days is not negative: " + n);
        }
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result, holidays)) {
                counted++;
            }
        }
        return result;
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
