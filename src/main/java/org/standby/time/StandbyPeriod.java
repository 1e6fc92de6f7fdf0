package org.standby.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.standby.calendar.DayType;

/**
 * One shift as the pure calculators see it: who is on call (null for a shift nobody has), from when to when, and the
 * date and day type it started on. Hours are always real elapsed hours between the instants.
 *
 * @param memberId the member on call, or {@code null} for an uncovered shift
 * @param date     the local date the shift starts on
 * @param dayType  the day type of that date
 * @param start    first instant
 * @param end      first instant after the shift
 */
public record StandbyPeriod(String memberId, LocalDate date, DayType dayType, Instant start, Instant end) {

    public StandbyPeriod {
        Objects.requireNonNull(dayType, "dayType");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " .. " + end);
        }
    }

    /** Real hours of the part of the shift within {@code [from, to)}. */
    public double hoursWithin(Instant from, Instant to) {
        return Hours.within(start, end, from, to);
    }

    /** Whether the member is on call at the instant (start inclusive, end exclusive). */
    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
