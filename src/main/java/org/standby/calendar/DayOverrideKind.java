package org.standby.calendar;

/** A team's own change to its public holidays. */
public enum DayOverrideKind {
    /** The school is closed although the region works (a founders' day): counts as a public holiday. */
    CLOSURE,
    /** The school works through a public holiday of its region: the day is classified as if it were none. */
    WORKING_DAY
}
