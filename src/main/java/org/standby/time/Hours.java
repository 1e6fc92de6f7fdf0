package org.standby.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Real elapsed hours and the instants that bound a report's dates in a team's zone. */
public final class Hours {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private Hours() {}

    /** Real hours of {@code [start, end)} that fall within {@code [from, to)}; 0 when they do not meet. */
    public static double within(Instant start, Instant end, Instant from, Instant to) {
        Instant clippedStart = start.isAfter(from) ? start : from;
        Instant clippedEnd = end.isBefore(to) ? end : to;
        if (!clippedEnd.isAfter(clippedStart)) {
            return 0;
        }
        return Duration.between(clippedStart, clippedEnd).toSeconds() / SECONDS_PER_HOUR;
    }

    /** The first instant of the range: {@code from} at 00:00 in the zone. */
    public static Instant rangeStart(LocalDate from, ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range: the day after {@code to} at 00:00 in the zone. */
    public static Instant rangeEnd(LocalDate to, ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
