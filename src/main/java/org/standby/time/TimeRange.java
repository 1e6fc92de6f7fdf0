package org.standby.time;

import java.time.Instant;
import java.util.Objects;

/**
 * A half-open range of instants {@code [start, end)}, e.g. an approved absence.
 *
 * @param start first instant in the range
 * @param end   first instant after the range; must be after {@code start}
 */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
    }

    /** Whether the range shares at least one instant with {@code [otherStart, otherEnd)}. */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
