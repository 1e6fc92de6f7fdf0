package org.standby.calendar;

/** The kinds of school period a team can record; each gives its days the day type of the same name. */
public enum PeriodKind {
    TERM,
    BREAK,
    SUMMER;

    public DayType dayType() {
        return DayType.valueOf(name());
    }
}
