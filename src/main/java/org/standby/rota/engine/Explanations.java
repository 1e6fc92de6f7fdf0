package org.standby.rota.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** {@code fairness} as the engine computed it for the final {@code slots} (positions as in {@code shares}). */
    static List<String> explain(List<ShiftSlot> slots, FairShares shares, List<MemberFairness> fairness) {
        List<Finding> findings = new ArrayList<>();
        double maxWeight = slots.stream()
                .mapToDouble(slot -> slot.getShift().weight())
                .max()
                .orElse(0);
        for (MemberFairness f : fairness) {
            FairShares.MemberShare share = shares.of(f.memberId());
            if (Math.abs(f.deviation()) >= NOTABLE_LOAD) {
                findings.add(new Finding(Math.abs(f.deviation()), loadText(share, f, slots, shares, maxWeight)));
            }
            for (DayType dayType : FairShares.BALANCED_DAY_TYPES) {
                double target = share.targetCount(dayType);
                int count = f.counts().get(dayType);
                double diff = count - target;
                if (Math.abs(diff) >= NOTABLE_COUNT) {
                    findings.add(new Finding(
                            Math.abs(diff) * maxWeight / 2, countText(share, dayType, count, target, slots, shares)));
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
            FairShares.MemberShare share,
            MemberFairness f,
            List<ShiftSlot> slots,
            FairShares shares,
            double maxWeight) {
        EngineMember member = share.member();
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
        List<LocalDate> alone = over ? onlyOneAvailable(share, slots, shares, null) : List.of();
        List<String> coveredBy = over ? List.of() : othersAlone(share, slots, shares);
        text.append(loadReason(member, f, alone, coveredBy, maxWeight));
        if (member.carriedDeviation() != 0) {
            text.append("; the share already includes ")
                    .append(number(-member.carriedDeviation()))
                    .append(" to settle earlier rotas");
        }
        return text.append('.').toString();
    }

    /** ", because ..." for a load deviation. */
    private static String loadReason(
            EngineMember member, MemberFairness f, List<LocalDate> alone, List<String> coveredBy, double maxWeight) {
        if (!coveredBy.isEmpty()) {
            return ", because " + coveredBy.get(0) + " while " + member.name()
                    + " was away, and that could not be evened out later";
        }
        if (!alone.isEmpty()) {
            return ", because " + member.name() + " was the only one available on " + dates(alone);
        }
        if (member.carriedDeviation() != 0
                && Math.signum(member.carriedDeviation()) != Math.signum(f.deviation())
                && f.fairShare() == 0) {
            return ", because the " + number(Math.abs(member.carriedDeviation()))
                    + " carried from earlier rotas is more than this rota's whole share";
        }
        if (Math.abs(f.deviation()) <= maxWeight) {
            return ", because shifts cannot be split (one weighs up to " + number(maxWeight)
                    + ") and the rest and workload rules limit who can take which";
        }
        return ", because the rest and workload rules and absences left no closer split";
    }

    private static String countText(
            FairShares.MemberShare share,
            DayType dayType,
            int count,
            double target,
            List<ShiftSlot> slots,
            FairShares shares) {
        EngineMember member = share.member();
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
        List<LocalDate> alone = over ? onlyOneAvailable(share, slots, shares, dayType) : List.of();
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
    private static List<String> othersAlone(FairShares.MemberShare away, List<ShiftSlot> slots, FairShares shares) {
        Map<FairShares.MemberShare, List<LocalDate>> soleDates = new LinkedHashMap<>();
        for (int s = 0; s < slots.size(); s++) {
            if (away.isAvailable(s) || slots.get(s).getMember() == null) {
                continue;
            }
            FairShares.MemberShare only = null;
            int count = 0;
            for (FairShares.MemberShare share : shares.all()) {
                if (share.isAvailable(s)) {
                    only = share;
                    count++;
                }
            }
            if (count == 1) {
                soleDates
                        .computeIfAbsent(only, k -> new ArrayList<>())
                        .add(slots.get(s).getShift().date());
            }
        }
        FairShares.MemberShare best = null;
        for (FairShares.MemberShare share : shares.all()) {
            List<LocalDate> dates = soleDates.getOrDefault(share, List.of());
            if (!dates.isEmpty()
                    && (best == null || dates.size() > soleDates.get(best).size())) {
                best = share;
            }
        }
        return best == null
                ? List.of()
                : List.of(best.member().name() + " alone covered " + dates(soleDates.get(best)));
    }

    /** Dates of the member's shifts (of the day type, if given) that nobody else was available for. */
    private static List<LocalDate> onlyOneAvailable(
            FairShares.MemberShare share, List<ShiftSlot> slots, FairShares shares, DayType dayType) {
        List<LocalDate> dates = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            ShiftSlot slot = slots.get(s);
            if (slot.getMember() == null
                    || !slot.getMember().getMemberId().equals(share.id())
                    || (dayType != null && slot.getDayType() != dayType)) {
                continue;
            }
            if (share.isAvailable(s) && shares.availableFor(s) == 1) {
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
