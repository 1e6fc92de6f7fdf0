package org.standby.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.load.LoadCalculator.LoadMember;
import org.standby.load.LoadCalculator.MemberLoad;
import org.standby.load.LoadCalculator.Report;
import org.standby.load.LoadCalculator.RuleBreach;
import org.standby.load.LoadCalculator.Threshold;
import org.standby.load.LoadCalculator.ThresholdBreach;
import org.standby.policy.CompensationRules;
import org.standby.policy.CoverageRules;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.Rule;
import org.standby.time.StandbyPeriod;

/** Hand-checked load numbers for small rotas in Europe/Berlin; each expectation is worked out in a comment. */
class LoadCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static StandbyPeriod shift(String member, String start, String end, DayType dayType) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new StandbyPeriod(
                member,
                s.toLocalDate(),
                dayType,
                s.toInstant(),
                OffsetDateTime.parse(end).toInstant());
    }

    static Report report(
            LocalDate from,
            LocalDate to,
            List<LoadMember> members,
            List<StandbyPeriod> shifts,
            Set<LocalDate> holidays) {
        return report(from, to, members, shifts, holidays, CoverageRules.defaults());
    }

    static Report report(
            LocalDate from,
            LocalDate to,
            List<LoadMember> members,
            List<StandbyPeriod> shifts,
            Set<LocalDate> holidays,
            CoverageRules rules) {
        return LoadCalculator.report(new LoadCalculator.Input(
                BERLIN,
                from,
                to,
                members,
                shifts,
                shifts.stream()
                        .map(s -> new StandbyPeriod(null, s.date(), s.dayType(), s.start(), s.end()))
                        .toList(),
                holidays,
                rules,
                CompensationRules.defaults(),
                LoadLimits.defaults()));
    }

    static MemberLoad of(Report report, String id) {
        return report.members().stream()
                .filter(m -> m.memberId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The week of the spring DST change, Monday 22 to Sunday 28 March 2027. Ana (full time) takes the weeknights
     * Monday to Thursday, Ben (half time) Friday night, the Saturday and the Sunday; Zoë joins on 25 March and has
     * nothing yet.
     */
    @Test
    void aSpringWeekWithAPartTimerAndAMemberWhoJoinsMidMonth() {
        List<StandbyPeriod> shifts = new ArrayList<>();
        for (int day = 22; day <= 25; day++) {
            shifts.add(shift(
                    "ana", "2027-03-" + day + "T18:00+01:00", "2027-03-" + (day + 1) + "T08:00+01:00", DayType.TERM));
        }
        shifts.add(shift("ben", "2027-03-26T18:00+01:00", "2027-03-27T08:00+01:00", DayType.TERM));
        shifts.add(shift("ben", "2027-03-27T08:00+01:00", "2027-03-28T08:00+02:00", DayType.WEEKEND));
        shifts.add(shift("ben", "2027-03-28T08:00+02:00", "2027-03-29T08:00+02:00", DayType.WEEKEND));
        List<LoadMember> members = List.of(
                new LoadMember("ana", "Ana", 1.0, null, null),
                new LoadMember("ben", "Ben", 0.5, null, null),
                new LoadMember("zoe", "Zoë", 1.0, LocalDate.of(2027, 3, 25), null));

        Report report = report(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 28), members, shifts, Set.of());

        MemberLoad ana = of(report, "ana");
        assertThat(ana.hoursOnCall()).isCloseTo(4 * 14, within(1e-9)); // 56
        assertThat(ana.nights()).isEqualTo(4);
        assertThat(ana.longestNightRun()).isEqualTo(4);
        assertThat(ana.weekendDays()).isZero();
        assertThat(ana.longestRunWithoutFreeWeekend()).isZero();
        // 08:00 to 18:00 is exactly the 10 h minimum rest: no breach; 4 days in a row > 3: one breach
        assertThat(ana.ruleBreaches()).extracting(RuleBreach::rule).containsExactly(Rule.MAX_CONSECUTIVE_DAYS);
        assertThat(ana.ruleBreaches().get(0).date()).isEqualTo(LocalDate.of(2027, 3, 22));
        // 4 nights in a row > 3; and 56 h > 160 x 1.0 x 7/31 = 36.13 h for the seven days of March in the range
        assertThat(ana.thresholdBreaches())
                .extracting(ThresholdBreach::threshold)
                .containsExactlyInAnyOrder(Threshold.NIGHTS_IN_A_ROW, Threshold.HOURS_PER_MONTH);
        assertThat(ana.months().get(0).hoursLimit()).isCloseTo(160 * 7 / 31.0, within(1e-9));

        MemberLoad ben = of(report, "ben");
        // 14 + 23 (the Saturday across the change) + 16 (Sunday 08:00 to the end of the range, Monday 00:00)
        assertThat(ben.hoursOnCall()).isCloseTo(53, within(1e-9));
        // 03:00 on Saturday and on Sunday (which exists: the clock jumps from 02:00 to 03:00); Monday 03:00 is
        // after the range
        assertThat(ben.nights()).isEqualTo(2);
        assertThat(ben.weekendDays()).isEqualTo(2);
        assertThat(ben.longestRunWithoutFreeWeekend()).isEqualTo(1);
        // Friday night ends at 08:00 when the Saturday starts: 0 h rest, and again on Sunday
        assertThat(ben.ruleBreaches()).extracting(RuleBreach::rule).containsExactly(Rule.MIN_REST, Rule.MIN_REST);
        assertThat(ben.ruleBreaches().get(0).value()).isZero();
        // the half-timer's limit is halved: 160 x 0.5 x 7/31 = 18.06 h
        assertThat(ben.months().get(0).hoursLimit()).isCloseTo(80 * 7 / 31.0, within(1e-9));
        assertThat(ben.thresholdBreaches())
                .extracting(ThresholdBreach::threshold)
                .containsExactly(Threshold.HOURS_PER_MONTH);

        // shares of the 6 nights: 4/6 and 2/6
        assertThat(ana.shareOfNights()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(ben.shareOfNights()).isCloseTo(2 / 6.0, within(1e-9));

        MemberLoad zoe = of(report, "zoe");
        // active 25 to 28 March: 4 days of 31; nothing on call, nothing flagged
        assertThat(zoe.months().get(0).hoursLimit()).isCloseTo(160 * 4 / 31.0, within(1e-9));
        assertThat(zoe.hoursOnCall()).isZero();
        assertThat(zoe.flagged()).isFalse();

        // the month: promised = carried = 56 + 53 = 109 h (the rest of Sunday's shift is after the range)
        LoadCalculator.MonthSummary march = report.months().get(0);
        assertThat(march.month()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(march.coverPromisedHours()).isCloseTo(109, within(1e-9));
        assertThat(march.hoursCarried()).isCloseTo(109, within(1e-9));
        assertThat(march.uncoveredHours()).isZero();
        // owed: 56 x 0.125 + 14 x 0.125 + (23 + 16) x 0.25 = 7 + 1.75 + 9.75 = 18.5 h
        assertThat(march.compensationOwed()).isCloseTo(18.5, within(1e-9));
        assertThat(report.totals().nights()).isEqualTo(6);
    }

    @Test
    void anAutumnNightIsFifteenHoursAndAGapIsUncovered() {
        List<StandbyPeriod> shifts = List.of(
                shift("ana", "2027-10-30T18:00+02:00", "2027-10-31T08:00+01:00", DayType.WEEKEND),
                shift(null, "2027-10-31T18:00+01:00", "2027-11-01T08:00+01:00", DayType.WEEKEND));
        Report report = report(
                LocalDate.of(2027, 10, 30),
                LocalDate.of(2027, 11, 1),
                List.of(new LoadMember("ana", "Ana", 1.0, null, null)),
                shifts,
                Set.of(LocalDate.of(2027, 11, 1)));
        MemberLoad ana = of(report, "ana");
        assertThat(ana.hoursOnCall()).isCloseTo(15, within(1e-9));
        assertThat(ana.nights()).isEqualTo(1);
        // on call at noon on neither day: the night ends at 08:00
        assertThat(ana.weekendDays()).isZero();
        assertThat(ana.publicHolidays()).isZero();
        // October: 6 h promised and carried (18:00 to midnight); November: the gap's 14 h of which 15 - 6 = 9 h of
        // Ana's night fall into 31 October... the months split at midnight of 1 November:
        // October = Ana 15 h + the gap's 6 h (18:00 to 24:00) promised, 15 carried; November = the gap's 8 h
        assertThat(report.months()).hasSize(2);
        assertThat(report.months().get(0).coverPromisedHours()).isCloseTo(21, within(1e-9));
        assertThat(report.months().get(0).hoursCarried()).isCloseTo(15, within(1e-9));
        assertThat(report.months().get(0).uncoveredHours()).isCloseTo(6, within(1e-9));
        assertThat(report.months().get(1).uncoveredHours()).isCloseTo(8, within(1e-9));
        assertThat(report.totals().uncoveredShifts()).isEqualTo(1);
    }

    @Test
    void holidaysAndWeekendsCountWhenOnCallAtNoonAndTooManyShiftsInAWeekAreABreach() {
        List<StandbyPeriod> shifts = new ArrayList<>();
        // Monday 10 May to Friday 14 May 2027: five 08:00-08:00 days; Thursday 13 May is Ascension Day (a holiday)
        for (int day = 10; day <= 14; day++) {
            shifts.add(shift(
                    "ana",
                    "2027-05-" + day + "T08:00+02:00",
                    "2027-05-" + (day + 1) + "T08:00+02:00",
                    day == 13 ? DayType.PUBLIC_HOLIDAY : DayType.TERM));
        }
        // no rest required between shifts, so the back-to-back days break only the day and week rules
        Report report = report(
                LocalDate.of(2027, 5, 10),
                LocalDate.of(2027, 5, 16),
                List.of(new LoadMember("ana", "Ana", 1.0, null, null)),
                shifts,
                Set.of(LocalDate.of(2027, 5, 13)),
                new CoverageRules(0, 3, 4));
        MemberLoad ana = of(report, "ana");
        assertThat(ana.publicHolidays()).isEqualTo(1);
        // Saturday 15 May at noon: the Friday shift ended at 08:00
        assertThat(ana.weekendDays()).isZero();
        // but the weekend was not free: Saturday 00:00-08:00 was on call
        assertThat(ana.longestRunWithoutFreeWeekend()).isEqualTo(1);
        // 5 consecutive days > 3 and 5 shifts in the week > 4
        assertThat(ana.ruleBreaches())
                .extracting(RuleBreach::rule)
                .containsExactly(Rule.MAX_CONSECUTIVE_DAYS, Rule.MAX_SHIFTS_PER_WEEK);
        assertThat(ana.nights()).isEqualTo(5);
        assertThat(ana.hoursOnCall()).isCloseTo(120, within(1e-9));
        // with the default 10 h rest, each of the four hand-overs to herself is a breach with 0 h rest
        MemberLoad rested = of(
                report(
                        LocalDate.of(2027, 5, 10),
                        LocalDate.of(2027, 5, 16),
                        List.of(new LoadMember("ana", "Ana", 1.0, null, null)),
                        shifts,
                        Set.of()),
                "ana");
        assertThat(rested.ruleBreaches())
                .filteredOn(b -> b.rule() == Rule.MIN_REST)
                .hasSize(4);
    }

    @Test
    void weekendsPerMonthAreCountedAndFlagged() {
        List<StandbyPeriod> shifts = new ArrayList<>();
        // Saturdays 5, 12 and 19 June 2027, 08:00-08:00: three weekends in June > 2
        for (int day : new int[] {5, 12, 19}) {
            String d = String.format("%02d", day);
            String n = String.format("%02d", day + 1);
            shifts.add(shift("ana", "2027-06-" + d + "T08:00+02:00", "2027-06-" + n + "T08:00+02:00", DayType.WEEKEND));
        }
        Report report = report(
                LocalDate.of(2027, 6, 1),
                LocalDate.of(2027, 6, 30),
                List.of(new LoadMember("ana", "Ana", 1.0, null, null)),
                shifts,
                Set.of());
        MemberLoad ana = of(report, "ana");
        assertThat(ana.weekendDays()).isEqualTo(3);
        assertThat(ana.months().get(0).weekends()).isEqualTo(3);
        assertThat(ana.longestRunWithoutFreeWeekend()).isEqualTo(3);
        assertThat(ana.thresholdBreaches())
                .extracting(ThresholdBreach::threshold)
                .containsExactly(Threshold.WEEKENDS_PER_MONTH);
        // 72 h is below 160 h
        assertThat(ana.hoursOnCall()).isCloseTo(72, within(1e-9));
    }

    /**
     * The rule book's meaning, not the old report's: an overlap is an overlap (not a negative rest), and rest is
     * checked between every pair of shifts, not only neighbours. Ana holds a 24 h day from Monday 08:00, a night
     * inside it (Monday 18:00 to Tuesday 08:00) and a short call on Tuesday 12:00-14:00.
     */
    @Test
    void anOverlapIsReportedAsOverlapAndRestIsCheckedForEveryPair() {
        List<StandbyPeriod> shifts = List.of(
                shift("ana", "2027-03-01T08:00+01:00", "2027-03-02T08:00+01:00", DayType.TERM),
                shift("ana", "2027-03-01T18:00+01:00", "2027-03-02T08:00+01:00", DayType.TERM),
                shift("ana", "2027-03-02T12:00+01:00", "2027-03-02T14:00+01:00", DayType.TERM));
        Report report = report(
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 7),
                List.of(new LoadMember("ana", "Ana", 1.0, null, null)),
                shifts,
                Set.of());

        List<RuleBreach> breaches = of(report, "ana").ruleBreaches();
        // the night lies inside the day: 14 h on call twice; both end at 08:00, the call at 12:00 leaves 4 h < 10 h
        // after each of them (the old report saw only the night before it, and called the overlap a rest breach)
        assertThat(breaches).extracting(RuleBreach::rule).containsExactly(Rule.OVERLAP, Rule.MIN_REST, Rule.MIN_REST);
        assertThat(breaches.get(0).value()).isEqualTo(14);
        assertThat(breaches.get(1).value()).isEqualTo(4);
    }
}
