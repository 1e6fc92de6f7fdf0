package org.standby.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.standby.calendar.DayType;

/**
 * One concrete shift slot produced by {@link ShiftExpander}: a template applied to a date, for one of its
 * {@link ShiftTemplate#headcount() headcount} slots.
 *
 * @param key     stable, deterministic identifier {@code <date>/<template name>/<slot>}, e.g.
 *                {@code 2027-03-27/Weeknight/0}; the same policy and calendar always give the same keys
 * @param name    the template name
 * @param date    the local date the shift starts on (whose day type selected the template)
 * @param dayType the day type of {@link #date()}
 * @param start   exact start instant
 * @param end     exact end instant (after start)
 * @param weight  the template weight
 * @param slot    0-based slot number, below the template's headcount
 */
public record PlannedShift(
        String key, String name, LocalDate date, DayType dayType, Instant start, Instant end, double weight, int slot) {

    /** Real elapsed hours between start and end (13 or 15 for a 18:00-08:00 night across a DST change). */
    public double hours() {
        return Duration.between(start, end).toSeconds() / 3600.0;
    }

    /** Whether this shift and the other share any instant (end is exclusive). */
    public boolean overlaps(PlannedShift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
