package org.standby.rota.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.standby.policy.rules.LoadLimits;
import org.standby.time.Rounding;

/**
 * The team's load thresholds applied to a planning range: each member's hour limit per month (given to the
 * {@link RotaMember}s for the soft constraints), and the plain statements for the fairness report when the promised
 * cover cannot stay within the thresholds with this team, whatever the engine does.
 */
final class LoadCapacity {

    private LoadCapacity() {}

    /** Sets the thresholds and per-month hour limits on every member (keyed by id, as {@code members}). */
    static void apply(
            LoadLimits limits, List<EngineMember> members, Map<MemberId, RotaMember> byId, List<ShiftSlot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        Map<Integer, int[]> plannedDays = plannedDays(slots);
        for (EngineMember member : members) {
            Map<Integer, Double> hours = new HashMap<>();
            plannedDays.forEach((month, range) -> {
                int active = 0;
                for (long day = range[0]; day <= range[1]; day++) {
                    if (member.isActiveOn(LocalDate.ofEpochDay(day))) {
                        active++;
                    }
                }
                hours.put(month, limits.hoursLimit(member.fte(), active, lengthOf(month)));
            });
            byId.get(member.id()).setLoadLimits(limits, hours);
        }
    }

    /**
     * Statements like "October 2027: 4 members (4 FTE) cannot cover 730 h of promised cover within 160 h a month each
     * (FTE-scaled): at least 5 full-time members needed", one per month and threshold that cannot be kept.
     */
    static List<String> statements(
            LoadLimits limits, List<EngineMember> members, Map<MemberId, RotaMember> byId, List<ShiftSlot> slots) {
        List<String> result = new ArrayList<>();
        if (slots.isEmpty() || members.isEmpty()) {
            return result;
        }
        Map<Integer, Long> promisedMinutes = new TreeMap<>();
        Map<Integer, Set<String>> weekendUnits = new TreeMap<>();
        for (ShiftSlot slot : slots) {
            promisedMinutes.merge(slot.getMonthIndex(), slot.getMinutes(), Long::sum);
            if (slot.isWeekend()) {
                weekendUnits
                        .computeIfAbsent(slot.getWeekendMonthIndex(), m -> new HashSet<>())
                        .add(slot.getWeekendSaturday() + "/" + slot.getShift().slot());
            }
        }
        Map<Integer, int[]> plannedDays = plannedDays(slots);
        double fte = members.stream().mapToDouble(EngineMember::fte).sum();
        for (Map.Entry<Integer, Long> entry : promisedMinutes.entrySet()) {
            int month = entry.getKey();
            double promised = entry.getValue() / 60.0;
            double capacity = 0;
            for (EngineMember member : members) {
                capacity += byId.get(member.id()).hourLimitInMonth(month);
            }
            if (promised > capacity + 0.5) {
                int[] range = plannedDays.get(month);
                double perFullTimer = limits.hoursLimit(1.0, range[1] - range[0] + 1, lengthOf(month));
                long needed = (long) Math.ceil(promised / perFullTimer - 1e-9);
                result.add(String.format(
                        Locale.ROOT,
                        "%s: %d members (%s FTE) cannot cover %s h of promised cover "
                                + "within %d h a month each (FTE-scaled): at least %d full-time members needed",
                        monthName(month),
                        members.size(),
                        Rounding.text(fte, 2),
                        Rounding.text(promised, 1),
                        limits.maxHoursOnCallPerMonth(),
                        needed));
            }
        }
        if (limits.maxWeekendsPerMonth() == 0) {
            weekendUnits.forEach((month, units) -> result.add(monthName(month) + ": " + units.size()
                    + " weekend shifts need cover but the team allows no weekends on call"));
            return result;
        }
        weekendUnits.forEach((month, units) -> {
            long needed = (long) Math.ceil((double) units.size() / limits.maxWeekendsPerMonth());
            if (needed > members.size()) {
                result.add(String.format(
                        Locale.ROOT,
                        "%s: %d members cannot cover %d weekend shifts with at most %d "
                                + "weekends a month each: at least %d members needed",
                        monthName(month),
                        members.size(),
                        units.size(),
                        limits.maxWeekendsPerMonth(),
                        needed));
            }
        });
        return result;
    }

    /** Per month of the slots' start dates: the first and last planned epoch day in it. */
    private static Map<Integer, int[]> plannedDays(List<ShiftSlot> slots) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (ShiftSlot slot : slots) {
            first = Math.min(first, slot.getDateIndex());
            last = Math.max(last, slot.getDateIndex());
        }
        Map<Integer, int[]> result = new TreeMap<>();
        for (long day = first; day <= last; day++) {
            int month = ShiftSlot.monthIndexOf(LocalDate.ofEpochDay(day));
            int[] range = result.computeIfAbsent(month, m -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            range[0] = (int) Math.min(range[0], day);
            range[1] = (int) Math.max(range[1], day);
        }
        return result;
    }

    /** "October 2027": how the statements name a month (they are read by people, not parsed). */
    private static String monthName(int monthIndex) {
        return MONTH_NAME.format(monthOf(monthIndex));
    }

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private static YearMonth monthOf(int monthIndex) {
        return YearMonth.of(monthIndex / 12, monthIndex % 12 + 1);
    }

    private static int lengthOf(int monthIndex) {
        return monthOf(monthIndex).lengthOfMonth();
    }
}
