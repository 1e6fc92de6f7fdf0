package org.standby.calendar;

import java.time.LocalDate;

/** Dates from {@code from} to {@code to}, both inclusive, in a team's calendar. */
public record DateRange(LocalDate from, LocalDate to) {

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }
}
