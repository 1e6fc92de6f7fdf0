package org.standby.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.calendar.DayType;
import org.standby.policy.CompensationMode;
import org.standby.policy.CompensationRules;
import org.standby.time.Hours;
import org.standby.time.StandbyPeriod;

/**
 * What a promise costs over a range, from the shifts a rota gives (generated or published). Pure.
 *
 * <ul>
 * <li><b>Standby hours</b>: real hours of the shifts clipped to the range, by the day type of the date the shift
 * starts on (as compensation counts them), per member and per calendar month.</li>
 * <li><b>Call-outs</b> are an assumption of the agreement: {@code calloutsPerMonth} for the team, each
 * {@code calloutMinutes} long, a month's count scaled by the share of its days in the range; they fall on the
 * members in proportion to their standby hours that month. Real hours are the minutes; counted hours are
 * {@code max(minutes, calloutMinimumMinutes) x calloutMultiplier} (the compensation rules).</li>
 * <li><b>Compensation</b> per the rules: TIME_OFF earns hours off (standby hours x the day type's rate + counted
 * call-out hours); PAY earns money (standby hours x rate + counted call-out hours x calloutPayPerHour). With
 * {@code weekendPayPerHour} (the option "pay for weekend duty instead of time off"), weekend and public holiday
 * standby hours earn that amount per hour and no time off.</li>
 * <li><b>Shares</b>: the part of the standby hours on weekends, on public holidays and in summer.</li>
 * </ul>
 */
public final class CostCalculator {

    private CostCalculator() {}

    public record Member(String id, String name) {}

    /** Hours and compensation of one member, one month or the total. */
    public record Figures(
            double standbyHours,
            double calloutHours,
            double countedCalloutHours,
            double timeOffHours,
            double money,
            Map<DayType, Double> hoursByDayType) {

        public double share(DayType dayType) {
            return standbyHours == 0 ? 0 : hoursByDayType.getOrDefault(dayType, 0.0) / standbyHours;
        }
    }

    public record MemberCost(String memberId, String name, Figures figures) {}

    public record MonthCost(YearMonth month, Figures figures) {}

    public record Cost(List<MemberCost> members, List<MonthCost> months, Figures total, double days) {}

    public static Cost cost(
            List<StandbyPeriod> shifts,
            List<Member> members,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            CompensationRules rules,
            AgreementDocument.Assumptions assumptions,
            Double weekendPayPerHour) {
        Instant rangeStart = Hours.rangeStart(from, zone);
        Instant rangeEnd = Hours.rangeEnd(to, zone);
        Map<String, Acc> byMember = new LinkedHashMap<>();
        members.forEach(m -> byMember.put(m.id(), new Acc()));
        Map<YearMonth, Acc> byMonth = new LinkedHashMap<>();
        Acc total = new Acc();
        double countedPerCallout = Math.max(assumptions.calloutMinutes(), rules.calloutMinimumMinutes())
                / 60.0
                * rules.calloutMultiplier();
        double realPerCallout = assumptions.calloutMinutes() / 60.0;
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
            LocalDate last = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
            Instant start = max(rangeStart, month.atDay(1).atStartOfDay(zone).toInstant());
            Instant end = min(
                    rangeEnd, month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            Acc monthAcc = byMonth.computeIfAbsent(month, m -> new Acc());
            Map<String, Double> memberHours = new LinkedHashMap<>();
            for (StandbyPeriod shift : shifts) {
                if (shift.memberId() == null) {
                    continue;
                }
                double hours = shift.hoursWithin(start, end);
                if (hours <= 0) {
                    continue;
                }
                Acc member = byMember.computeIfAbsent(shift.memberId(), id -> new Acc());
                for (Acc acc : List.of(member, monthAcc, total)) {
                    acc.standby(shift.dayType(), hours, rules, weekendPayPerHour);
                }
                memberHours.merge(shift.memberId(), hours, Double::sum);
            }
            double callouts =
                    assumptions.calloutsPerMonth() * (ChronoUnit.DAYS.between(first, last) + 1) / month.lengthOfMonth();
            double monthStandby = memberHours.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            if (monthStandby > 0) {
                for (Map.Entry<String, Double> entry : memberHours.entrySet()) {
                    double share = callouts * entry.getValue() / monthStandby;
                    for (Acc acc : List.of(byMember.get(entry.getKey()), monthAcc, total)) {
                        acc.callout(share * realPerCallout, share * countedPerCallout, rules);
                    }
                }
            }
        }
        List<MemberCost> memberCosts = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(m.id(), m.name()));
        byMember.forEach((id, acc) -> memberCosts.add(new MemberCost(id, names.getOrDefault(id, id), acc.figures())));
        List<MonthCost> monthCosts = new ArrayList<>();
        byMonth.forEach((month, acc) -> monthCosts.add(new MonthCost(month, acc.figures())));
        return new Cost(memberCosts, monthCosts, total.figures(), ChronoUnit.DAYS.between(from, to) + 1);
    }

    private static final class Acc {
        double standby;
        double callout;
        double counted;
        double timeOff;
        double money;
        final Map<DayType, Double> byDayType = new EnumMap<>(DayType.class);

        void standby(DayType dayType, double hours, CompensationRules rules, Double weekendPayPerHour) {
            standby += hours;
            byDayType.merge(dayType, hours, Double::sum);
            boolean weekend = dayType == DayType.WEEKEND || dayType == DayType.PUBLIC_HOLIDAY;
            if (weekendPayPerHour != null && weekend) {
                money += hours * weekendPayPerHour;
            } else if (rules.mode() == CompensationMode.PAY) {
                money += hours * rules.rateOf(dayType);
            } else {
                timeOff += hours * rules.rateOf(dayType);
            }
        }

        void callout(double real, double countedHours, CompensationRules rules) {
            callout += real;
            counted += countedHours;
            if (rules.mode() == CompensationMode.PAY) {
                money += countedHours * rules.calloutPayPerHour();
            } else {
                timeOff += countedHours;
            }
        }

        Figures figures() {
            return new Figures(standby, callout, counted, timeOff, money, Map.copyOf(byDayType));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
