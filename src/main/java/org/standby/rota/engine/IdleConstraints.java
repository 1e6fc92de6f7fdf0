package org.standby.rota.engine;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;

/**
 * The constraints that cannot penalise anything in one problem, whoever holds which shift: no member has leave or an
 * active window that touches a shift, no shift lies in an unplugged-time window, nothing is re-planned, no month
 * holds more hours than anybody's limit, and so on. The search switches them off (weight zero, which takes them out
 * of Timefold's node network), so a move does not pay for rules that cannot fire. Every test here is exact: a
 * constraint is switched off only if its penalty is zero on every assignment of the problem's slots, so the scores,
 * and with them the search and the rota, are the same as with every constraint on.
 */
final class IdleConstraints {

    private IdleConstraints() {}

    /** The names of the constraints that cannot penalise anything in this problem. */
    static Set<String> of(List<RotaMember> members, List<ShiftSlot> slots) {
        Set<String> idle = new TreeSet<>();
        if (members.stream()
                .allMatch(member -> slots.stream()
                        .allMatch(slot -> RuleBook.leaveMinutes(member.getAvailability(), slot.getDuty()) == 0))) {
            idle.add(Rule.ON_LEAVE.constraintName());
        }
        if (members.stream()
                .allMatch(member -> slots.stream()
                        .allMatch(slot -> RuleBook.inactiveMinutes(member.getAvailability(), slot.getDuty()) == 0))) {
            idle.add(Rule.INACTIVE.constraintName());
        }
        if (slots.stream().allMatch(slot -> slot.getRestWindows().isEmpty())) {
            idle.add(Rule.UNPLUGGED.constraintName());
        }
        Map<Long, Integer> shiftsPerWeek = new HashMap<>();
        slots.forEach(slot -> shiftsPerWeek.merge(slot.getWeekIndex(), 1, Integer::sum));
        int busiestWeek = shiftsPerWeek.values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        if (members.stream().allMatch(member -> RuleBook.excessShifts(member.getLimits(), busiestWeek) == 0)) {
            idle.add(Rule.MAX_SHIFTS_PER_WEEK.constraintName());
        }
        int longestDays = longestRun(slots.stream().map(ShiftSlot::getDateIndex).toList());
        if (members.stream().allMatch(member -> longestDays <= member.getMaxConsecutiveDays())) {
            idle.add(Rule.MAX_CONSECUTIVE_DAYS.constraintName());
        }
        if (slots.stream().allMatch(slot -> slot.getPreviousMemberId() == null)) {
            idle.add(RotaConstraintProvider.KEEP_PREVIOUS);
        }
        idleThresholds(members, slots, idle);
        return idle;
    }

    /** The team's load thresholds that nobody can exceed, even holding every shift. */
    private static void idleThresholds(List<RotaMember> members, List<ShiftSlot> slots, Set<String> idle) {
        Map<Integer, Long> minutesPerMonth = new HashMap<>();
        Map<Integer, Set<Long>> weekendsPerMonth = new HashMap<>();
        for (ShiftSlot slot : slots) {
            minutesPerMonth.merge(slot.getMonthIndex(), slot.getMinutes(), Long::sum);
            if (slot.isWeekend()) {
                weekendsPerMonth
                        .computeIfAbsent(slot.getWeekendMonthIndex(), month -> new HashSet<>())
                        .add(slot.getWeekendSaturday());
            }
        }
        List<RotaMember> limited = members.stream()
                .filter(member -> member.getLoadLimits() != null)
                .toList();
        if (limited.stream()
                .allMatch(member -> minutesPerMonth.entrySet().stream()
                        .allMatch(month -> member.excessMinutesInMonth(month.getKey(), month.getValue()) == 0))) {
            idle.add(RotaConstraintProvider.MONTHLY_HOURS);
        }
        int mostWeekends =
                weekendsPerMonth.values().stream().mapToInt(Set::size).max().orElse(0);
        if (limited.stream().allMatch(member -> member.getLoadLimits().excessWeekends(mostWeekends) == 0)) {
            idle.add(RotaConstraintProvider.WEEKENDS_PER_MONTH);
        }
        int longestNights = longestRun(slots.stream()
                .filter(ShiftSlot::isNight)
                .map(ShiftSlot::getNightDay)
                .toList());
        if (limited.stream()
                .allMatch(member -> longestNights <= member.getLoadLimits().maxNightsInARow())) {
            idle.add(RotaConstraintProvider.NIGHTS_IN_A_ROW);
        }
    }

    /** The most consecutive days among the given epoch days (each counted once). */
    static int longestRun(List<Long> days) {
        TreeSet<Long> distinct = new TreeSet<>(days);
        int longest = 0;
        int run = 0;
        Long before = null;
        for (long day : distinct) {
            run = before != null && day == before + 1 ? run + 1 : 1;
            longest = Math.max(longest, run);
            before = day;
        }
        return longest;
    }

    /** Weight zero for each idle constraint; the others keep the weight the constraint provider gives them. */
    static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(Set<String> idle) {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        idle.forEach(name -> weights.put(name, HardMediumSoftLongScore.ZERO));
        return ConstraintWeightOverrides.of(weights);
    }
}
