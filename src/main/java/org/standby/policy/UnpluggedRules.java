package org.standby.policy;

import org.standby.calendar.DayType;
import org.standby.policy.rules.RestWindows;

/**
 * Rest every member is guaranteed, part of a {@link CoveragePolicy} (set by a signed coverage agreement): at least
 * {@code freeWeekendsPerMonth} weekends a month without on-call duty, and, when {@code freeWeekInEveryBreak}, one
 * Monday-to-Sunday week without on-call duty in every break and in summer. The load report lists where a rota does
 * not keep them (docs/agreement.md, "Unplugged time").
 */
public record UnpluggedRules(int freeWeekendsPerMonth, boolean freeWeekInEveryBreak) {

    /** The windows these rules keep free over {@code [from, to]}, from the team's day types ({@link RestWindows}). */
    public java.util.List<RestWindows.Group> windows(
            java.time.ZoneId zone,
            java.time.LocalDate from,
            java.time.LocalDate to,
            java.util.Map<java.time.LocalDate, DayType> dayTypes) {
        java.util.Map<java.time.LocalDate, RestWindows.DayKind> days = new java.util.HashMap<>();
        dayTypes.forEach((date, type) -> days.put(
                date,
                switch (type) {
                    case BREAK, SUMMER -> RestWindows.DayKind.BREAK;
                    case WEEKEND, PUBLIC_HOLIDAY -> RestWindows.DayKind.BRIDGE;
                    default -> RestWindows.DayKind.SCHOOL;
                }));
        return RestWindows.of(freeWeekendsPerMonth, freeWeekInEveryBreak, zone, from, to, days);
    }
}
