package org.standby.policy.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A team's sustainability thresholds (team settings, not hard rules): the engine spreads load to stay within them
 * where it can (soft constraints), the load report flags what is above them, and the fairness report says when the
 * promised cover cannot stay within them with the team as it is.
 *
 * @param maxHoursOnCallPerMonth hours on call in a calendar month for a full-time member; scaled by FTE and by the
 *                               share of the month's days on which the member is active (and which are planned or
 *                               reported)
 * @param maxWeekendsPerMonth    weekends with on-call at noon on Saturday or Sunday, per calendar month
 * @param maxNightsInARow        consecutive nights on call (on call at 03:00)
 */
public record LoadLimits(int maxHoursOnCallPerMonth, int maxWeekendsPerMonth, int maxNightsInARow) {

    /** A night after date d counts when on call at this time on d + 1 (it exists on every DST change day). */
    public static final LocalTime NIGHT_PROBE = LocalTime.of(3, 0);
    /** A weekend day (or holiday) counts when on call at this time on it. */
    public static final LocalTime DAY_PROBE = LocalTime.NOON;
    /** Returned by {@link #nightOf} and {@link #weekendDayOf} when there is none. */
    public static final long NONE = Long.MIN_VALUE;

    /** Upper bounds of the team settings: a month has at most 744 hours, 5 weekends and 31 nights. */
    public static final int MAX_HOURS = 744;

    public static final int MAX_WEEKENDS = 5;
    public static final int MAX_NIGHTS = 31;

    /** The largest thresholds there are: nothing a month can hold is beyond them. */
    public static final LoadLimits NOT_LIMITING = new LoadLimits(MAX_HOURS, MAX_WEEKENDS, MAX_NIGHTS);

    /** The defaults of a new team: 160 h a month, 2 weekends a month, 3 nights in a row. */
    public static LoadLimits defaults() {
        return new LoadLimits(160, 2, 3);
    }

    /**
     * A member's hour limit for one month: {@code maxHoursOnCallPerMonth x fte x countedDays / daysInMonth}, where
     * {@code countedDays} are the month's days the member is active on and which are planned (or reported).
     */
    public double hoursLimit(double fte, int countedDays, int daysInMonth) {
        return (double) maxHoursOnCallPerMonth * fte * countedDays / daysInMonth;
    }

    /** Minutes above a month's limit (0 if within). */
    public static long excessMinutes(long minutes, double limitHours) {
        return Math.max(0, minutes - (long) Math.floor(limitHours * 60 + 1e-6));
    }

    /** Nights beyond the limit in one run of consecutive nights. */
    public long excessNights(int nightsInARow) {
        return Math.max(0, nightsInARow - maxNightsInARow);
    }

    /** Epoch day of the evening whose night {@code [start, end)} covers (on call at 03:00 the next day), or NONE. */
    public static long nightOf(Instant start, Instant end, ZoneId zone) {
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate evening = start.atZone(zone).toLocalDate().minusDays(1);
                !evening.isAfter(last);
                evening = evening.plusDays(1)) {
            Instant probe =
                    ZonedDateTime.of(evening.plusDays(1), NIGHT_PROBE, zone).toInstant();
            if (!probe.isBefore(start) && probe.isBefore(end)) {
                return evening.toEpochDay();
            }
        }
        return NONE;
    }

    /** Epoch day of the first Saturday or Sunday on which {@code [start, end)} is on call at noon, or NONE. */
    public static long weekendDayOf(Instant start, Instant end, ZoneId zone) {
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            Instant probe = ZonedDateTime.of(day, DAY_PROBE, zone).toInstant();
            if (weekend && !probe.isBefore(start) && probe.isBefore(end)) {
                return day.toEpochDay();
            }
        }
        return NONE;
    }

    /** Weekends beyond the limit in one month. */
    public long excessWeekends(int weekendsInMonth) {
        return Math.max(0, weekendsInMonth - maxWeekendsPerMonth);
    }
}
