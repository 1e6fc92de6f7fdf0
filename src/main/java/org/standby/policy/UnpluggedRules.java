package org.standby.policy;

/**
 * Rest every member is guaranteed, part of a {@link CoveragePolicy} (set by a signed coverage agreement): at least
 * {@code freeWeekendsPerMonth} weekends a month without on-call duty, and, when {@code freeWeekInEveryBreak}, one
 * Monday-to-Sunday week without on-call duty in every break and in summer. The load report lists where a rota does
 * not keep them (docs/agreement.md, "Unplugged time").
 */
public record UnpluggedRules(int freeWeekendsPerMonth, boolean freeWeekInEveryBreak) {
}
