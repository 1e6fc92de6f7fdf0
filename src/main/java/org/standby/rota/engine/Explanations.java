package org.standby.rota.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.standby.calendar.DayType;

/**
 * Plain-language explanations of the largest deviations from the fair share, e.g. "Ana has 2 more weekend days than
 * their share (9 against 7.0), because Ana was the only one available on 27 Mar, 28 Mar 2027."
 */
final class Explanations {

    /** Deviations smaller than this (in weight units or shifts) are not worth explaining. */
    private static final double NOTABLE_LOAD = 0.5;

    private static final double NOTABLE_COUNT = 1.0;
    private static final int MAX_EXPLANATIONS = 5;
    private static final int MAX_DATES = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Explanations() {}

    private record Finding(double size, String text) {}

    static List<String> explain(
            List<EngineMember> members,
            List<RotaMember> rotaMembers,
            List<ShiftSlot> slots,
            FairShares shares,
            List<MemberFairness> fairness) {
        List<Finding> findings = new ArrayList<>();
        double maxWeight = slots.stream()
                .mapToDouble(slot -> slot.getShift().weight())
                .max()
                .orElse(0);
        for (int i = 0; i < members.size(); i++) {
            EngineMember member = members.get(i);
            MemberFairness f = fairness.get(i);
            RotaMember rotaMember = rotaMembers.get(i);
            if (Math.abs(f.deviation()) >= NOTABLE_LOAD) {
                findings.add(new Finding(
                        Math.abs(f.deviation()),
                        loadText(members, member, f, rotaMember, slots, shares, i, maxWeight)));
            }
            for (DayType dayType : FairShares.BALANCED_DAY_TYPES) {
                double target = shares.targetCount[i][dayType.ordinal()];
                int count = f.counts().get(dayType);
                double diff = count - target;
                if (Math.abs(diff) >= NOTABLE_COUNT) {
                    findings.add(new Finding(
                            Math.abs(diff) * maxWeight / 2,
                            countText(member, rotaMember, dayType, count, target, slots, shares, i)));
                }
            }
        }
        findings.sort(Comparator.comparingDouble(Finding::size).reversed());
        List<String> result = new ArrayList<>();
        for (int k = 0; k < Math.min(MAX_EXPLANATIONS, findings.size()); k++) {
            result.add(findings.get(k).text());
        }
        if (result.isEmpty() && !fairness.isEmpty()) {
            double max = fairness.stream()
                    .mapToDouble(f -> Math.abs(f.deviation()))
                    .max()
                    .orElse(0);
            result.add("Everybody is within " + number(max) + " of their fair share, and weekend, holiday and"
                    + " summer shifts are split by availability.");
        }
        return List.copyOf(result);
    }

    private static String loadText(
            List<EngineMember> members,
            EngineMember member,
            MemberFairness f,
            RotaMember rotaMember,
            List<ShiftSlot> slots,
            FairShares shares,
            int i,
            double maxWeight) {
        boolean over = f.deviation() > 0;
        StringBuilder text = new StringBuilder()
                .append(member.name())
                .append(" has ")
                .append(number(Math.abs(f.deviation())))
                .append(over ? " more" : " less")
                .append(" load than their fair share (")
                .append(number(f.load()))
                .append(" against ")
                .append(number(f.fairShare()))
                .append(")");
        List<LocalDate> alone = over ? onlyOneAvailable(rotaMember, slots, shares, i, null) : List.of();
        List<String> coveredBy = over ? List.of() : othersAlone(members, slots, shares, i);
        if (!coveredBy.isEmpty()) {
            text.append(", because ")
                    .append(coveredBy.get(0))
                    .append(" while ")
                    .append(member.name())
                    .append(" was away, and that could not be evened out later");
        } else if (!alone.isEmpty()) {
            text.append(", because ")
                    .append(member.name())
                    .append(" was the only one available on ")
                    .append(dates(alone));
        } else if (member.carriedDeviation() != 0
                && Math.signum(member.carriedDeviation()) != Math.signum(f.deviation())
                && f.fairShare() == 0) {
            text.append(", because the ")
                    .append(number(Math.abs(member.carriedDeviation())))
                    .append(" carried from earlier rotas is more than this rota's whole share");
        } else if (Math.abs(f.deviation()) <= maxWeight) {
            text.append(", because shifts cannot be split (one weighs up to ")
                    .append(number(maxWeight))
                    .append(") and the rest and workload rules limit who can take which");
        } else {
            text.append(", because the rest and workload rules and absences left no closer split");
        }
        if (member.carriedDeviation() != 0) {
            text.append("; the share already includes ")
                    .append(number(-member.carriedDeviation()))
                    .append(" to settle earlier rotas");
        }
        return text.append('.').toString();
    }

    private static String countText(
            EngineMember member,
            RotaMember rotaMember,
            DayType dayType,
            int count,
            double target,
            List<ShiftSlot> slots,
            FairShares shares,
            int i) {
        boolean over = count > target;
        long diff = Math.round(Math.abs(count - target));
        StringBuilder text = new StringBuilder()
                .append(member.name())
                .append(" has ")
                .append(diff)
                .append(over ? " more " : " fewer ")
                .append(noun(dayType, diff))
                .append(" than their share (")
                .append(count)
                .append(" against ")
                .append(number(target))
                .append(")");
        List<LocalDate> alone = over ? onlyOneAvailable(rotaMember, slots, shares, i, dayType) : List.of();
        if (!alone.isEmpty()) {
            text.append(", because ")
                    .append(member.name())
                    .append(" was the only one available on ")
                    .append(dates(alone));
        } else {
            text.append(", because the rest and workload rules and absences left no closer split");
        }
        return text.append('.').toString();
    }

    /**
     * For a member below their share: "Ben alone covered 4 Mar 2027, 5 Mar 2027" naming the member who most often
     * was the only one available while this member was not, or nothing.
     */
    private static List<String> othersAlone(
            List<EngineMember> members, List<ShiftSlot> slots, FairShares shares, int memberIndex) {
        int[] soleCount = new int[members.size()];
        List<List<LocalDate>> soleDates = new ArrayList<>();
        members.forEach(m -> soleDates.add(new ArrayList<>()));
        for (int s = 0; s < slots.size(); s++) {
            if (shares.available[memberIndex][s]) {
                continue;
            }
            int only = -1;
            int count = 0;
            for (int k = 0; k < members.size(); k++) {
                if (shares.available[k][s]) {
                    only = k;
                    count++;
                }
            }
            if (count == 1 && slots.get(s).getMember() != null) {
                soleCount[only]++;
                soleDates.get(only).add(slots.get(s).getShift().date());
            }
        }
        int best = -1;
        for (int k = 0; k < members.size(); k++) {
            if (soleCount[k] > 0 && (best < 0 || soleCount[k] > soleCount[best])) {
                best = k;
            }
        }
        return best < 0
                ? List.of()
                : List.of(members.get(best).name() + " alone covered " + dates(soleDates.get(best)));
    }

    /** Dates of the member's shifts (of the day type, if given) that nobody else was available for. */
    private static List<LocalDate> onlyOneAvailable(
            RotaMember member, List<ShiftSlot> slots, FairShares shares, int memberIndex, DayType dayType) {
        List<LocalDate> dates = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            ShiftSlot slot = slots.get(s);
            if (slot.getMember() != member || (dayType != null && slot.getDayType() != dayType)) {
                continue;
            }
            int availableCount = 0;
            for (boolean[] available : shares.available) {
                if (available[s]) {
                    availableCount++;
                }
            }
            if (availableCount == 1 && shares.available[memberIndex][s]) {
                dates.add(slot.getShift().date());
            }
        }
        return dates;
    }

    /** "3–7 Mar 2027, 26 Mar 2027": consecutive dates joined into ranges, at most a few ranges shown. */
    static String dates(List<LocalDate> dates) {
        List<LocalDate> sorted = dates.stream().distinct().sorted().toList();
        List<String> runs = new ArrayList<>();
        int shownDays = 0;
        int i = 0;
        while (i < sorted.size() && runs.size() < MAX_DATES) {
            int j = i;
            while (j + 1 < sorted.size()
                    && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            runs.add(range(sorted.get(i), sorted.get(j)));
            shownDays += j - i + 1;
            i = j + 1;
        }
        int more = sorted.size() - shownDays;
        return String.join(", ", runs) + (more > 0 ? " and " + more + (more == 1 ? " more day" : " more days") : "");
    }

    private static String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return DAY.format(first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "\u2013" + DAY.format(last);
        }
        return DAY.format(first) + " \u2013 " + DAY.format(last);
    }

    private static String noun(DayType dayType, long n) {
        String one = switch (dayType) {
            case WEEKEND -> "weekend day";
            case PUBLIC_HOLIDAY -> "public holiday";
            case SUMMER -> "summer shift";
            case BREAK -> "break shift";
            case TERM -> "term shift";
        };
        return n == 1 ? one : (dayType == DayType.PUBLIC_HOLIDAY ? "public holidays" : one + "s");
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
