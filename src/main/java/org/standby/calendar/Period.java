package org.standby.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A school period as the pure calculators see it: a name, a kind and an inclusive date range. */
public record Period(String name, PeriodKind kind, LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !otherEnd.isBefore(start) && !otherStart.isAfter(end);
    }

    public boolean overlaps(Period other) {
        return overlaps(other.start, other.end);
    }

    /** How the period is named in messages: {@code 'Summer Holidays' (SUMMER 2027-07-17..2027-08-31)}. */
    public String describe() {
        return "'" + name + "' (" + kind + " " + start + ".." + end + ")";
    }
}
