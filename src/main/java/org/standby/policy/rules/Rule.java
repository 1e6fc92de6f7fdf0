package org.standby.policy.rules;

/**
 * The hard rules of a rota, in the order a refusal names them (the first rule a member breaks is the one a gap
 * explanation gives). One enum for the approval check, the load report, the engine and its constraints; the names
 * are the {@code kind} strings of the load report's rule breaches.
 */
public enum Rule {
    /** On call before joining or after leaving the team (the shift's start date outside the active window). */
    INACTIVE("onlyWhileActive"),
    /** On call during approved leave. */
    ON_LEAVE("noShiftDuringLeave"),
    /** Two shifts of one member overlap (two slots of the same shift included). */
    OVERLAP("noOverlap"),
    /** Less than the minimum rest between two shifts of one member that do not overlap. */
    MIN_REST("minimumRest"),
    /** More consecutive dates with a shift start than allowed. */
    MAX_CONSECUTIVE_DAYS("maxConsecutiveDays"),
    /** More shift starts in one Monday-to-Sunday week than allowed. */
    MAX_SHIFTS_PER_WEEK("maxShiftsPerWeek"),
    /**
     * Fewer free windows than the team's unplugged-time rules guarantee ({@link RestWindows}: free weekends a
     * month, a free week in every break). Kept by the engine (a gap where it cannot hold); approvals of changes
     * are not checked against it, the load report lists where a rota does not keep it.
     */
    UNPLUGGED("keepUnpluggedTime");

    private final String constraintName;

    Rule(String constraintName) {
        this.constraintName = constraintName;
    }

    /** The name of the solver constraint that is this rule's incremental form. */
    public String constraintName() {
        return constraintName;
    }
}
