package org.standby.policy;

/**
 * Rules protecting the people on call. The rota engine treats all of them as hard constraints.
 *
 * @param minRestHours       minimum hours between the end of one shift and the start of the next shift of the same
 *                           member (0 = no rest required, shifts may follow each other directly)
 * @param maxConsecutiveDays maximum number of consecutive calendar days on which a member starts a shift
 * @param maxShiftsPerWeek   maximum number of shifts a member starts in one calendar week (Monday to Sunday,
 *                           in the team's time zone)
 */
public record CoverageRules(int minRestHours, int maxConsecutiveDays, int maxShiftsPerWeek) {

    /**
     * The default rules: 10 h rest (so a member may take a 18:00-08:00 night followed by the next night, but not a
     * night followed directly by a 08:00 weekend day), at most 3 consecutive days and at most 4 shifts a week.
     * With the {@link CoveragePolicy#defaultPolicy() default shifts} a week has 7 shifts, so two people can still
     * cover a week on their own (alternating days) and three can cover it comfortably.
     */
    public static CoverageRules defaults() {
        return new CoverageRules(10, 3, 4);
    }
}
