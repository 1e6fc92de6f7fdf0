package org.standby.load;

/**
 * The sustainability thresholds a load report flags, as plain values (see {@link LoadConfig} for where they come
 * from).
 *
 * @param maxHoursOnCallPerMonth hours on call in a calendar month for a full-time member; scaled by FTE and by the
 *                               share of the month the member is active in the report's range
 * @param maxWeekendsPerMonth    weekends with on-call at noon on Saturday or Sunday, per calendar month
 * @param maxNightsInARow        consecutive nights on call (on call at 03:00)
 */
public record LoadLimits(double maxHoursOnCallPerMonth, int maxWeekendsPerMonth, int maxNightsInARow) {

    /** The defaults of {@link LoadConfig}: 160 h a month, 2 weekends a month, 3 nights in a row. */
    public static LoadLimits defaults() {
        return new LoadLimits(160, 2, 3);
    }
}
