package org.standby.load;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.standby.policy.CompensationRules;
import org.standby.policy.CoverageRules;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;
import org.standby.time.Hours;
import org.standby.time.Rounding;
import org.standby.time.StandbyPeriod;

/**
 * The load and sustainability report as pure time maths: no database, no framework.
 *
 * <p>How things are counted, all in the team's zone over the range {@code [from 00:00, to + 1 day 00:00)}:
 * <ul>
 * <li><b>Hours on call</b>: real elapsed hours of the member's shifts clipped to the range (a DST night is 13 or 15
 * hours).</li>
 * <li><b>Night</b>: the night after date d counts when the member is on call at 03:00 on d + 1 (03:00 exists on both
 * DST change days in Europe and North America) and that instant lies in the range.</li>
 * <li><b>Weekend day</b> and <b>public holiday</b>: a Saturday or Sunday (a public holiday) in the range on which
 * the member is on call at 12:00.</li>
 * <li><b>Free weekend</b>: a weekend (Saturday 00:00 to Monday 00:00) wholly in the range without any on-call;
 * the longest run without a free weekend counts consecutive weekends that were not free.</li>
 * <li><b>Rule breaches</b>: the policy's rules as {@link RuleBook} defines them for the engine and the approval
 * check: two shifts that overlap; two that do not overlap but are less than {@code minRestHours} apart (any pair,
 * not only neighbours); more than {@code maxConsecutiveDays} consecutive dates on which the member starts a shift;
 * more than {@code maxShiftsPerWeek} shifts starting in one Monday-to-Sunday week.</li>
 * <li><b>Thresholds</b> ({@link LoadLimits}): hours on call in a calendar month above the limit x FTE x the share
 * of that month's days in which the member is active and which lie in the range; more weekends in a month than
 * allowed (a weekend counts in the month of its first day worked); nights in a row above the limit.</li>
 * <li><b>Per month</b> for the team: cover promised (hours of the shifts the policy asks for, each headcount slot
 * counted), hours carried (hours of shifts somebody has), uncovered (promised minus carried, not below 0) and
 * standby compensation owed (hours x the day type's rate; hours off under TIME_OFF, an amount under PAY; call-outs
 * are in the ledger, not here).</li>
 * </ul>
 */
public final class LoadCalculator {

    static final LocalTime NIGHT_PROBE = LoadLimits.NIGHT_PROBE;
    static final LocalTime DAY_PROBE = LoadLimits.DAY_PROBE;
    private static final double EPSILON = 1e-9;

    private LoadCalculator() {}

    /** A member as the report sees them. */
    public record LoadMember(String id, String name, double fte, LocalDate activeFrom, LocalDate activeUntil) {

        public LoadMember {
            Objects.requireNonNull(id, "id");
        }

        public boolean activeOn(LocalDate date) {
            return (activeFrom == null || !date.isBefore(activeFrom))
                    && (activeUntil == null || !date.isAfter(activeUntil));
        }
    }

    /**
     * What a report is computed from.
     *
     * @param shifts         the rota's shifts (a shift without a member is uncovered); they may reach outside the range
     * @param promised       the shifts the policy asks for over the range (for cover promised)
     * @param publicHolidays the public holidays of the team's calendar (at least those in the range)
     */
    public record Input(
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            List<LoadMember> members,
            List<StandbyPeriod> shifts,
            List<StandbyPeriod> promised,
            Set<LocalDate> publicHolidays,
            CoverageRules rules,
            CompensationRules compensation,
            LoadLimits limits) {}

    public enum Threshold {
        HOURS_PER_MONTH,
        WEEKENDS_PER_MONTH,
        NIGHTS_IN_A_ROW
    }

    /** A breach of one of the policy's rules, dated by the shift, run or week it concerns. */
    public record RuleBreach(Rule rule, LocalDate date, double value, double limit, String detail) {}

    /** A configured threshold exceeded. */
    public record ThresholdBreach(Threshold threshold, YearMonth month, LocalDate date, double value, double limit) {}

    public record MonthLoad(YearMonth month, double hoursOnCall, double hoursLimit, int nights, int weekends) {}

    public record MemberLoad(
            String memberId,
            String name,
            double fte,
            int shifts,
            double hoursOnCall,
            int nights,
            int weekendDays,
            int publicHolidays,
            double shareOfNights,
            int longestNightRun,
            int longestRunWithoutFreeWeekend,
            List<MonthLoad> months,
            List<RuleBreach> ruleBreaches,
            List<ThresholdBreach> thresholdBreaches) {

        public boolean flagged() {
            return !ruleBreaches.isEmpty() || !thresholdBreaches.isEmpty();
        }
    }

    public record MonthSummary(
            YearMonth month,
            double coverPromisedHours,
            double hoursCarried,
            double uncoveredHours,
            double compensationOwed) {}

    public record Totals(
            double coverPromisedHours,
            double hoursCarried,
            double uncoveredHours,
            double compensationOwed,
            int nights,
            int uncoveredShifts) {}

    public record Report(List<MemberLoad> members, List<MonthSummary> months, Totals totals, LoadLimits limits) {}

    public static Report report(Input in) {
        ZoneId zone = in.zone();
        Instant rangeStart = Hours.rangeStart(in.from(), zone);
        Instant rangeEnd = Hours.rangeEnd(in.to(), zone);
        List<StandbyPeriod> inRange = in.shifts().stream()
                .filter(s -> s.start().isBefore(rangeEnd) && s.end().isAfter(rangeStart))
                .sorted(Comparator.comparing(StandbyPeriod::start).thenComparing(StandbyPeriod::end))
                .toList();
        Map<String, LoadMember> members = new LinkedHashMap<>();
        in.members().forEach(m -> members.put(m.id(), m));
        for (StandbyPeriod shift : inRange) {
            if (shift.memberId() != null) {
                members.putIfAbsent(
                        shift.memberId(), new LoadMember(shift.memberId(), shift.memberId(), 1, null, null));
            }
        }
        Map<String, TreeSet<LocalDate>> nightsOf = new LinkedHashMap<>();
        int totalNights = 0;
        for (LoadMember member : members.values()) {
            TreeSet<LocalDate> nights = nights(shiftsOf(inRange, member.id()), zone, rangeStart, rangeEnd);
            nightsOf.put(member.id(), nights);
            totalNights += nights.size();
        }
        List<MemberLoad> loads = new ArrayList<>();
        for (LoadMember member : members.values()) {
            loads.add(memberLoad(
                    in,
                    member,
                    shiftsOf(inRange, member.id()),
                    nightsOf.get(member.id()),
                    totalNights,
                    rangeStart,
                    rangeEnd));
        }
        List<MonthSummary> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(in.from());
                !month.isAfter(YearMonth.from(in.to()));
                month = month.plusMonths(1)) {
            Instant monthStart =
                    max(rangeStart, month.atDay(1).atStartOfDay(zone).toInstant());
            Instant monthEnd = min(
                    rangeEnd, month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            double promised = in.promised().stream()
                    .mapToDouble(s -> s.hoursWithin(monthStart, monthEnd))
                    .sum();
            double carried = 0;
            double owed = 0;
            for (StandbyPeriod shift : inRange) {
                if (shift.memberId() != null) {
                    double hours = shift.hoursWithin(monthStart, monthEnd);
                    carried += hours;
                    owed += hours * in.compensation().rateOf(shift.dayType());
                }
            }
            months.add(new MonthSummary(month, promised, carried, Math.max(0, promised - carried), owed));
        }
        int uncoveredShifts =
                (int) inRange.stream().filter(s -> s.memberId() == null).count();
        Totals totals = new Totals(
                months.stream().mapToDouble(MonthSummary::coverPromisedHours).sum(),
                months.stream().mapToDouble(MonthSummary::hoursCarried).sum(),
                months.stream().mapToDouble(MonthSummary::uncoveredHours).sum(),
                months.stream().mapToDouble(MonthSummary::compensationOwed).sum(),
                totalNights,
                uncoveredShifts);
        return new Report(List.copyOf(loads), List.copyOf(months), totals, in.limits());
    }

    private static List<StandbyPeriod> shiftsOf(List<StandbyPeriod> shifts, String memberId) {
        return shifts.stream().filter(s -> memberId.equals(s.memberId())).toList();
    }

    private static MemberLoad memberLoad(
            Input in,
            LoadMember member,
            List<StandbyPeriod> shifts,
            TreeSet<LocalDate> nights,
            int totalNights,
            Instant rangeStart,
            Instant rangeEnd) {
        ZoneId zone = in.zone();
        double hours = shifts.stream()
                .mapToDouble(s -> s.hoursWithin(rangeStart, rangeEnd))
                .sum();
        int weekendDays = 0;
        int holidays = 0;
        Map<LocalDate, LocalDate> weekendWorked = new TreeMap<>(); // Saturday -> first day worked
        for (LocalDate date = in.from(); !date.isAfter(in.to()); date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean holiday = in.publicHolidays().contains(date);
            if (!weekend && !holiday) {
                continue;
            }
            Instant noon = ZonedDateTime.of(date, DAY_PROBE, zone).toInstant();
            if (shifts.stream().noneMatch(s -> s.covers(noon))) {
                continue;
            }
            if (weekend) {
                weekendDays++;
                weekendWorked.putIfAbsent(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), date);
            }
            if (holiday) {
                holidays++;
            }
        }
        int longestNightRun = 0;
        List<ThresholdBreach> thresholds = new ArrayList<>();
        for (List<LocalDate> run : runs(nights)) {
            longestNightRun = Math.max(longestNightRun, run.size());
            if (in.limits().excessNights(run.size()) > 0) {
                thresholds.add(new ThresholdBreach(
                        Threshold.NIGHTS_IN_A_ROW,
                        YearMonth.from(run.get(0)),
                        run.get(0),
                        run.size(),
                        in.limits().maxNightsInARow()));
            }
        }
        List<MonthLoad> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(in.from());
                !month.isAfter(YearMonth.from(in.to()));
                month = month.plusMonths(1)) {
            Instant monthStart =
                    max(rangeStart, month.atDay(1).atStartOfDay(zone).toInstant());
            Instant monthEnd = min(
                    rangeEnd, month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            double monthHours = shifts.stream()
                    .mapToDouble(s -> s.hoursWithin(monthStart, monthEnd))
                    .sum();
            YearMonth current = month;
            int monthNights = (int) nights.stream()
                    .filter(d -> YearMonth.from(d).equals(current))
                    .count();
            int weekends = (int) weekendWorked.values().stream()
                    .filter(d -> YearMonth.from(d).equals(current))
                    .count();
            int activeDays = 0;
            for (LocalDate d = max(in.from(), month.atDay(1));
                    !d.isAfter(min(in.to(), month.atEndOfMonth()));
                    d = d.plusDays(1)) {
                if (member.activeOn(d)) {
                    activeDays++;
                }
            }
            double limit = in.limits().hoursLimit(member.fte(), activeDays, month.lengthOfMonth());
            months.add(new MonthLoad(month, monthHours, limit, monthNights, weekends));
            if (monthHours > limit + EPSILON) {
                thresholds.add(new ThresholdBreach(Threshold.HOURS_PER_MONTH, month, null, monthHours, limit));
            }
            if (in.limits().excessWeekends(weekends) > 0) {
                thresholds.add(new ThresholdBreach(
                        Threshold.WEEKENDS_PER_MONTH,
                        month,
                        null,
                        weekends,
                        in.limits().maxWeekendsPerMonth()));
            }
        }
        thresholds.sort(Comparator.comparing(ThresholdBreach::month)
                .thenComparing(t -> t.threshold().ordinal()));
        double share = totalNights == 0 ? 0 : (double) nights.size() / totalNights;
        return new MemberLoad(
                member.id(),
                member.name(),
                member.fte(),
                shifts.size(),
                hours,
                nights.size(),
                weekendDays,
                holidays,
                share,
                longestNightRun,
                longestRunWithoutFreeWeekend(in, shifts),
                List.copyOf(months),
                ruleBreaches(shifts, in.rules(), zone),
                List.copyOf(thresholds));
    }

    /** Evening dates of the nights on call: on call at 03:00 the next morning, that instant in the range. */
    static TreeSet<LocalDate> nights(List<StandbyPeriod> shifts, ZoneId zone, Instant rangeStart, Instant rangeEnd) {
        TreeSet<LocalDate> nights = new TreeSet<>();
        for (StandbyPeriod shift : shifts) {
            LocalDate first = shift.start().atZone(zone).toLocalDate().minusDays(1);
            LocalDate last = shift.end().atZone(zone).toLocalDate();
            for (LocalDate evening = first; !evening.isAfter(last); evening = evening.plusDays(1)) {
                Instant probe =
                        ZonedDateTime.of(evening.plusDays(1), NIGHT_PROBE, zone).toInstant();
                if (shift.covers(probe) && !probe.isBefore(rangeStart) && probe.isBefore(rangeEnd)) {
                    nights.add(evening);
                }
            }
        }
        return nights;
    }

    private static int longestRunWithoutFreeWeekend(Input in, List<StandbyPeriod> shifts) {
        int longest = 0;
        int run = 0;
        LocalDate saturday = in.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        for (; !saturday.plusDays(1).isAfter(in.to()); saturday = saturday.plusWeeks(1)) {
            Instant start = saturday.atStartOfDay(in.zone()).toInstant();
            Instant end = saturday.plusDays(2).atStartOfDay(in.zone()).toInstant();
            boolean free = shifts.stream()
                    .noneMatch(s -> s.start().isBefore(end) && s.end().isAfter(start));
            run = free ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * Breaches of the policy's rules within one member's schedule, as {@link RuleBook} defines them (every pair of
     * shifts, an overlap reported as an overlap and not as missing rest); leave and the active window are checked
     * where they are known (approval, engine), not here.
     */
    static List<RuleBreach> ruleBreaches(List<StandbyPeriod> shifts, CoverageRules rules, ZoneId zone) {
        List<RuleBook.Duty> duties = shifts.stream()
                .map(s -> RuleBook.Duty.of(s.start(), s.end(), dateOf(s, zone)))
                .toList();
        RuleBook.Limits limits =
                RuleBook.Limits.of(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek());
        List<RuleBreach> breaches = new ArrayList<>();
        for (RuleBook.Breach breach : RuleBook.breaches(limits, RuleBook.Availability.ALWAYS, duties)) {
            breaches.add(
                    switch (breach.rule()) {
                        case OVERLAP -> {
                            double hours = breach.penalty() / 60.0;
                            yield new RuleBreach(
                                    Rule.OVERLAP,
                                    breach.date(),
                                    hours,
                                    0,
                                    String.format(
                                            Locale.ROOT,
                                            "%s h on call twice: the shift of %s overlaps the one of %s",
                                            Rounding.text(hours, 2),
                                            breach.date(),
                                            breach.other().date()));
                        }
                        case MIN_REST -> {
                            double rest =
                                    (breach.duty().start() - breach.other().end()) / 3600.0;
                            yield new RuleBreach(
                                    Rule.MIN_REST,
                                    breach.date(),
                                    rest,
                                    rules.minRestHours(),
                                    String.format(
                                            Locale.ROOT,
                                            "%s h rest before the shift of %s (minimum %d h)",
                                            Rounding.text(rest, 2),
                                            breach.date(),
                                            rules.minRestHours()));
                        }
                        case MAX_CONSECUTIVE_DAYS -> {
                            long run = rules.maxConsecutiveDays() + breach.penalty();
                            yield new RuleBreach(
                                    Rule.MAX_CONSECUTIVE_DAYS,
                                    breach.date(),
                                    run,
                                    rules.maxConsecutiveDays(),
                                    "on call " + run + " days in a row from " + breach.date() + " (maximum "
                                            + rules.maxConsecutiveDays() + ")");
                        }
                        case MAX_SHIFTS_PER_WEEK -> {
                            long count = rules.maxShiftsPerWeek() + breach.penalty();
                            yield new RuleBreach(
                                    Rule.MAX_SHIFTS_PER_WEEK,
                                    breach.date(),
                                    count,
                                    rules.maxShiftsPerWeek(),
                                    count + " shifts in the week from " + breach.date() + " (maximum "
                                            + rules.maxShiftsPerWeek() + ")");
                        }
                        case INACTIVE, ON_LEAVE, UNPLUGGED ->
                            throw new IllegalStateException("not checked here: " + breach.rule());
                    });
        }
        return List.copyOf(breaches);
    }

    private static LocalDate dateOf(StandbyPeriod shift, ZoneId zone) {
        return shift.date() != null ? shift.date() : shift.start().atZone(zone).toLocalDate();
    }

    /** Runs of consecutive dates, in order. */
    static List<List<LocalDate>> runs(TreeSet<LocalDate> dates) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate date : dates) {
            if (!current.isEmpty() && ChronoUnit.DAYS.between(current.get(current.size() - 1), date) != 1) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(date);
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
