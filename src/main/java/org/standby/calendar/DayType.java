package org.standby.calendar;

/**
 * What kind of day a date is for a team, in order of precedence: the first that applies wins
 * (a public holiday on a Saturday is a PUBLIC_HOLIDAY, a weekday in summer is SUMMER, and a weekday
 * outside any school period counts as TERM).
 */
public enum DayType {
    PUBLIC_HOLIDAY,
    WEEKEND,
    SUMMER,
    BREAK,
    TERM;

    /** The day type in words, for texts people read ("school term", not TERM). */
    public String words() {
        return switch (this) {
            case PUBLIC_HOLIDAY -> "public holiday";
            case WEEKEND -> "weekend";
            case SUMMER -> "summer holidays";
            case BREAK -> "school break";
            case TERM -> "school term";
        };
    }
}
