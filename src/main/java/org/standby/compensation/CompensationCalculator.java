package org.standby.compensation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.CompensationMode;
import org.standby.policy.CompensationRules;
import org.standby.time.Hours;
import org.standby.time.StandbyPeriod;

/**
 * The compensation ledger as pure arithmetic: no database, no framework.
 *
 * <ul>
 * <li>Standby hours are the real elapsed hours of each shift clipped to the range {@code [from 00:00, to + 1 day
 * 00:00)} in the team's zone, so a 18:00-08:00 night across the spring DST change counts 13 h and across the autumn
 * change 15 h. They are grouped by the day type of the shift (the day type of the date it starts on).</li>
 * <li>A call-out counts {@code max(minutes, calloutMinimumMinutes) x calloutMultiplier} minutes, all of them, also
 * the minutes past the end of the shift; it belongs to the range its start falls in.</li>
 * <li>TIME_OFF: earned hours = sum of standby hours x the day type's rate + counted call-out hours; taken hours are
 * the time off recorded on dates in the range; balance = earned - taken.</li>
 * <li>PAY: earned pay = sum of standby hours x rate + counted call-out hours x calloutPayPerHour; no hours are
 * earned, so the balance is minus any time off taken.</li>
 * </ul>
 */
public final class CompensationCalculator {

    private CompensationCalculator() {}

    /** A call-out of a member as the calculator needs it. */
    public record CalloutEntry(String memberId, Instant start, int minutes) {}

    /** Time off in lieu taken by a member on a date. */
    public record TimeOffEntry(String memberId, LocalDate date, double hours) {}

    /**
     * One member's line of the ledger for a range.
     *
     * @param standbyHours   real standby hours by day type (every day type present)
     * @param calloutMinutes real minutes of the confirmed call-outs
     * @param calloutHours   counted call-out hours (minimum and multiplier applied)
     * @param earnedHours    TIME_OFF: hours off earned; PAY: 0
     * @param earnedPay      PAY: the amount earned; TIME_OFF: {@code null}
     */
    public record Line(
            String memberId,
            Map<DayType, Double> standbyHours,
            double standbyTotalHours,
            int callouts,
            int calloutMinutes,
            double calloutHours,
            double earnedHours,
            Double earnedPay,
            double takenHours,
            double balanceHours) {}

    /** Counted hours of a call-out: {@code max(minutes, minimum) x multiplier / 60}. */
    public static double countedCalloutHours(int minutes, CompensationRules rules) {
        return Math.max(minutes, rules.calloutMinimumMinutes()) * rules.calloutMultiplier() / 60.0;
    }

    /** What standby hours by day type earn: hours off (TIME_OFF) or an amount (PAY). */
    public static double standbyEarned(Map<DayType, Double> standbyHours, CompensationRules rules) {
        double earned = 0;
        for (Map.Entry<DayType, Double> entry : standbyHours.entrySet()) {
            earned += entry.getValue() * rules.rateOf(entry.getKey());
        }
        return earned;
    }

    /**
     * The ledger of a range.
     *
     * @param memberIds the members to report, in order; anyone else found in the shifts follows them
     * @param shifts    the shifts (only those with a member count; they may reach outside the range)
     * @param callouts  the confirmed call-outs (those starting in the range count)
     * @param timeOff   the time off recorded (entries dated in the range count)
     */
    public static Map<String, Line> ledger(
            Collection<String> memberIds,
            List<StandbyPeriod> shifts,
            List<CalloutEntry> callouts,
            List<TimeOffEntry> timeOff,
            CompensationRules rules,
            ZoneId zone,
            LocalDate from,
            LocalDate to) {
        Instant start = Hours.rangeStart(from, zone);
        Instant end = Hours.rangeEnd(to, zone);
        Map<String, Acc> accs = new LinkedHashMap<>();
        memberIds.forEach(id -> accs.put(id, new Acc()));
        for (StandbyPeriod shift : shifts) {
            double hours = shift.hoursWithin(start, end);
            if (shift.memberId() == null || hours <= 0) {
                continue;
            }
            accs.computeIfAbsent(shift.memberId(), id -> new Acc()).standby.merge(shift.dayType(), hours, Double::sum);
        }
        for (CalloutEntry callout : callouts) {
            if (callout.start().isBefore(start) || !callout.start().isBefore(end)) {
                continue;
            }
            Acc acc = accs.computeIfAbsent(callout.memberId(), id -> new Acc());
            acc.callouts++;
            acc.calloutMinutes += callout.minutes();
            acc.calloutHours += countedCalloutHours(callout.minutes(), rules);
        }
        for (TimeOffEntry entry : timeOff) {
            if (entry.date().isBefore(from) || entry.date().isAfter(to)) {
                continue;
            }
            accs.computeIfAbsent(entry.memberId(), id -> new Acc()).taken += entry.hours();
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        accs.forEach((id, acc) -> lines.put(id, acc.line(id, rules)));
        return lines;
    }

    private static final class Acc {
        final Map<DayType, Double> standby = new EnumMap<>(DayType.class);
        int callouts;
        int calloutMinutes;
        double calloutHours;
        double taken;

        Line line(String memberId, CompensationRules rules) {
            Map<DayType, Double> byDayType = new EnumMap<>(DayType.class);
            for (DayType dayType : DayType.values()) {
                byDayType.put(dayType, standby.getOrDefault(dayType, 0.0));
            }
            double total =
                    byDayType.values().stream().mapToDouble(Double::doubleValue).sum();
            double standbyEarned = standbyEarned(byDayType, rules);
            boolean pay = rules.mode() == CompensationMode.PAY;
            double earnedHours = pay ? 0 : standbyEarned + calloutHours;
            Double earnedPay = pay ? standbyEarned + calloutHours * rules.calloutPayPerHour() : null;
            return new Line(
                    memberId,
                    Collections.unmodifiableMap(byDayType),
                    total,
                    callouts,
                    calloutMinutes,
                    calloutHours,
                    earnedHours,
                    earnedPay,
                    taken,
                    earnedHours - taken);
        }
    }
}
