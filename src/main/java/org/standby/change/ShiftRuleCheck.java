package org.standby.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.standby.policy.CoverageRules;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;
import org.standby.time.Rounding;
import org.standby.time.TimeRange;

/**
 * Check of the coverage rules for one member taking one more shift, in plain language: the rules themselves are
 * {@link RuleBook}'s (the same the rota engine plans with); this class only turns shifts into its duties and its
 * breaches into sentences. Days and weeks are the shifts' local start dates in the team's zone, weeks run Monday to
 * Sunday.
 */
public final class ShiftRuleCheck {

    /** One broken rule, in plain language. */
    public record Breach(Rule rule, String message) {}

    /** A shift as the check sees it: its local start date and exact instants. */
    public record Slot(long id, LocalDate date, Instant start, Instant end) {}

    /** The member taking the shift: name for messages, active window (open ends) and approved leave. */
    public record Taker(String name, LocalDate activeFrom, LocalDate activeUntil, List<TimeRange> leave) {

        public Taker {
            leave = leave == null ? List.of() : List.copyOf(leave);
        }
    }

    private ShiftRuleCheck() {}

    /**
     * The rules broken if {@code taker} takes {@code taken} while holding {@code others} (the shift itself and shifts
     * the member gives away in the same change must not be among them). Empty when the change is fine.
     */
    public static List<Breach> breaches(CoverageRules rules, Taker taker, Slot taken, List<Slot> others) {
        Map<RuleBook.Duty, Slot> slotOf = new IdentityHashMap<>();
        List<RuleBook.Duty> held = new ArrayList<>();
        for (Slot other : others) {
            if (other.id() != taken.id()) {
                RuleBook.Duty duty = dutyOf(other);
                slotOf.put(duty, other);
                held.add(duty);
            }
        }
        RuleBook.Limits limits =
                RuleBook.Limits.of(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek());
        long[][] leave = taker.leave().stream()
                .map(r -> new long[] {r.start().getEpochSecond(), r.end().getEpochSecond()})
                .toArray(long[][]::new);
        RuleBook.Availability who = RuleBook.Availability.of(taker.activeFrom(), taker.activeUntil(), leave);
        RuleBook.Duty candidate = dutyOf(taken);
        List<Breach> result = new ArrayList<>();
        for (RuleBook.Breach breach : RuleBook.breachesIfAdded(limits, who, candidate, RuleBook.held(held))) {
            Slot other = slotOf.get(breach.duty() == candidate ? breach.other() : breach.duty());
            result.add(new Breach(breach.rule(), message(breach, taker.name(), taken, other, rules)));
        }
        return List.copyOf(result);
    }

    private static RuleBook.Duty dutyOf(Slot slot) {
        return RuleBook.Duty.of(slot.start(), slot.end(), slot.date());
    }

    private static String message(RuleBook.Breach breach, String who, Slot taken, Slot other, CoverageRules rules) {
        return switch (breach.rule()) {
            case INACTIVE -> who + " is not active on " + taken.date();
            case ON_LEAVE -> who + " is on approved leave during shift " + taken.id();
            case OVERLAP -> who + " is already on call then (shift " + other.id() + ")";
            case MIN_REST ->
                who + " would rest only " + Rounding.text((rules.minRestHours() * 60L - breach.penalty()) / 60.0, 1)
                        + " h next to shift " + other.id() + " (at least " + rules.minRestHours() + " h)";
            case MAX_CONSECUTIVE_DAYS ->
                who + " would be on call " + (rules.maxConsecutiveDays() + breach.penalty())
                        + " days in a row (at most " + rules.maxConsecutiveDays() + ")";
            case MAX_SHIFTS_PER_WEEK ->
                who + " would have " + (rules.maxShiftsPerWeek() + breach.penalty()) + " shifts in the week of "
                        + breach.date() + " (at most " + rules.maxShiftsPerWeek() + ")";
            case UNPLUGGED -> who + " would lose unplugged time";
        };
    }
}
