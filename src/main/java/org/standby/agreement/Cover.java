package org.standby.agreement;

/** How a service is covered on a day type. */
public enum Cover {
    /** Around the clock: the team answers at any hour. */
    ALWAYS,
    /** Between {@code start} and {@code end} of the day (end 00:00 is midnight). */
    HOURS,
    /** The team helps when somebody is around; nobody is on call for it. */
    BEST_EFFORT,
    /** The vendor's contract covers it; the team does not. */
    VENDOR,
    /** Not covered at all. */
    NONE;

    /** Whether the team itself promises hours (and so needs somebody at work or on call). */
    public boolean teamPromise() {
        return this == ALWAYS || this == HOURS;
    }
}
