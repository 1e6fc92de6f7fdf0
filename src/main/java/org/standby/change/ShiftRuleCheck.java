package org.standby.change;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standby.policy.CoverageRules;
import org.standby.rota.engine.TimeRange;

/**
 * Pure check of the coverage rules for one member taking one more shift: the same hard rules the rota engine plans
 * with (active window, approved leave, no overlap, minimum rest, consecutive days, shifts per week). Days and weeks
 * are the shifts' local start dates in the team's zone, weeks run Monday to Sunday.
 */
public final class ShiftRuleCheck {

    /** A rule a change would break. */
    public enum Rule {
        INACTIVE, ON_LEAVE, OVERLAP, REST, CONSECUTIVE_DAYS, SHIFTS_PER_WEEK
    }

    /** One broken rule, in plain language. */
    public record Breach(Rule rule, String message) {
    }

    /** A shift as the check sees it: its local start date and exact instants. */
    public record Slot(long id, LocalDate date, Instant start, Instant end) {
    }

    /** The member taking the shift: name for messages, active window (open ends) and approved leave. */
    public record Taker(String name, LocalDate activeFrom, LocalDate activeUntil, List<TimeRange> leave) {

        public Taker {
            leave = leave == null ? List.of() : List.copyOf(leave);
        }
    }

    private ShiftRuleCheck() {
    }

    /**
     * The rules broken if {@code taker} takes {@code taken} while holding {@code others} (the shift itself and shifts
     * the member gives away in the same change must not be among them). Empty when the change is fine.
     */
    public static List<Breach> breaches(CoverageRules rules, Taker taker, Slot taken, List<Slot> others) {
        List<Breach> result = new ArrayList<>();
        String who = taker.name();
        if ((taker.activeFrom() != null && taken.date().isBefore(taker.activeFrom()))
                || (taker.activeUntil() != null && taken.date().isAfter(taker.activeUntil()))) {
            result.add(new Breach(Rule.INACTIVE, who + " is not active on " + taken.date()));
        }
        for (TimeRange leave : taker.leave()) {
            if (leave.overlaps(taken.start(), taken.end())) {
                result.add(new Breach(Rule.ON_LEAVE, who + " is on approved leave during shift " + taken.id()));
                break;
            }
        }
        long restSeconds = rules.minRestHours() * 3600L;
        for (Slot other : others) {
            if (other.id() == taken.id()) {
                continue;
            }
            if (other.start().isBefore(taken.end()) && taken.start().isBefore(other.end())) {
                result.add(new Breach(Rule.OVERLAP, who + " is already on call then (shift " + other.id() + ")"));
                continue;
            }
            Instant laterStart = other.start().isAfter(taken.start()) ? other.start() : taken.start();
            Instant earlierEnd = other.end().isBefore(taken.end()) ? other.end() : taken.end();
            long gap = Duration.between(earlierEnd, laterStart).toSeconds();
            if (gap >= 0 && gap < restSeconds) {
                result.add(new Breach(Rule.REST, who + " would rest only " + hours(gap) + " h next to shift "
                        + other.id() + " (at least " + rules.minRestHours() + " h)"));
            }
        }
        Set<LocalDate> days = new HashSet<>();
        int sameWeek = 0;
        LocalDate monday = taken.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Slot other : others) {
            if (other.id() == taken.id()) {
                continue;
            }
            days.add(other.date());
            if (!other.date().isBefore(monday) && other.date().isBefore(monday.plusDays(7))) {
                sameWeek++;
            }
        }
        if (!days.contains(taken.date())) {
            int run = 1;
            for (LocalDate d = taken.date().minusDays(1); days.contains(d); d = d.minusDays(1)) {
                run++;
            }
            for (LocalDate d = taken.date().plusDays(1); days.contains(d); d = d.plusDays(1)) {
                run++;
            }
            if (run > rules.maxConsecutiveDays()) {
                result.add(new Breach(Rule.CONSECUTIVE_DAYS, who + " would be on call " + run
                        + " days in a row (at most " + rules.maxConsecutiveDays() + ")"));
            }
        }
        if (sameWeek + 1 > rules.maxShiftsPerWeek()) {
            result.add(new Breach(Rule.SHIFTS_PER_WEEK, who + " would have " + (sameWeek + 1)
                    + " shifts in the week of " + monday + " (at most " + rules.maxShiftsPerWeek() + ")"));
        }
        return List.copyOf(result);
    }

    private static String hours(long seconds) {
        double h = Math.round(seconds / 360.0) / 10.0;
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }
}
