package org.standby.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;
import org.standby.calendar.DayType;

/**
 * One kind of on-call shift in a coverage policy, e.g. "Weeknight, TERM and BREAK days, 18:00 to 08:00, weight 1".
 *
 * <p>The template applies to every date whose {@link DayType} is in {@link #dayTypes()}; the shift starts on that
 * date at {@link #start()} in the team's time zone. If {@link #end()} is not after {@link #start()} the shift ends on
 * the next day; {@code start == end} means a full 24 hours (e.g. 08:00 to 08:00). The real length follows DST, see
 * {@link ShiftExpander}.
 *
 * @param name      display name, also part of the stable shift key (must not be blank)
 * @param dayTypes  the day types the template applies to (at least one)
 * @param start     local start time on the date the shift starts on
 * @param end       local end time, on the same date if after {@code start}, otherwise on the next date
 * @param weight    relative burden of one shift (weeknight 1, weekend day 2, ...), used for fairness; &gt;= 0
 * @param headcount how many people are on call at once in this shift; &gt;= 1
 */
public record ShiftTemplate(
        String name, Set<DayType> dayTypes, LocalTime start, LocalTime end, double weight, int headcount) {

    public ShiftTemplate {
        dayTypes = dayTypes == null ? Set.of() : Set.copyOf(dayTypes);
    }

    /** Whether the shift ends on the day after it starts (end not after start, including start == end). */
    public boolean endsNextDay() {
        return start != null && end != null && !end.isAfter(start);
    }

    /**
     * Nominal length on a day without a DST change, in minutes (24 h for {@code start == end}).
     * The real length of a concrete shift is {@link PlannedShift#hours()}.
     */
    public long nominalMinutes() {
        long minutes = Duration.between(start, end).toMinutes();
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }
}
