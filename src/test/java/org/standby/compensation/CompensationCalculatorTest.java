package org.standby.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standby.calendar.DayType;
import org.standby.compensation.CompensationCalculator.CalloutEntry;
import org.standby.compensation.CompensationCalculator.Line;
import org.standby.compensation.CompensationCalculator.TimeOffEntry;
import org.standby.policy.CompensationMode;
import org.standby.policy.CompensationRules;
import org.standby.time.StandbyPeriod;

/** Hand-checked compensation numbers; every expected value is worked out in the comments. */
class CompensationCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final CompensationRules DEFAULTS = CompensationRules.defaults();

    static StandbyPeriod shift(String member, String start, String end, DayType dayType) {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return new StandbyPeriod(
                member,
                s.toLocalDate(),
                dayType,
                s.toInstant(),
                OffsetDateTime.parse(end).toInstant());
    }

    static CalloutEntry callout(String member, String start, int minutes) {
        return new CalloutEntry(member, OffsetDateTime.parse(start).toInstant(), minutes);
    }

    @ParameterizedTest(name = "{0} to {1} is {3} h, earning {4} h")
    @CsvSource({
        // an ordinary weeknight 18:00-08:00: 14 h x 0.125 = 1.75
        "2027-03-24T18:00+01:00, 2027-03-25T08:00+01:00, TERM,    14, 1.75",
        // Berlin springs forward at 02:00 on Sunday 28 March 2027: the night is 13 h; 13 x 0.25 = 3.25
        "2027-03-27T18:00+01:00, 2027-03-28T08:00+02:00, WEEKEND, 13, 3.25",
        // and falls back at 03:00 on Sunday 31 October 2027: 15 h; 15 x 0.25 = 3.75
        "2027-10-30T18:00+02:00, 2027-10-31T08:00+01:00, WEEKEND, 15, 3.75",
        // the 08:00-08:00 weekend day across the spring change is 23 h; 23 x 0.25 = 5.75
        "2027-03-27T08:00+01:00, 2027-03-28T08:00+02:00, WEEKEND, 23, 5.75",
        // ... and across the autumn change 25 h
        "2027-10-30T08:00+02:00, 2027-10-31T08:00+01:00, WEEKEND, 25, 6.25",
        // a public holiday, 24 h x 0.5 = 12
        "2027-05-13T08:00+02:00, 2027-05-14T08:00+02:00, PUBLIC_HOLIDAY, 24, 12",
        // New York springs forward on 14 March 2027: 18:00 EST to 08:00 EDT is 13 h
        "2027-03-13T18:00-05:00, 2027-03-14T08:00-04:00, WEEKEND, 13, 3.25",
    })
    void standbyHoursAreRealElapsedHours(String start, String end, DayType dayType, double hours, double earned) {
        StandbyPeriod night = shift("1", start, end, dayType);
        LocalDate date = night.date();
        Line line = CompensationCalculator.ledger(
                        List.of("1"),
                        List.of(night),
                        List.of(),
                        List.of(),
                        DEFAULTS,
                        BERLIN,
                        date.minusDays(1),
                        date.plusDays(2))
                .get("1");
        assertThat(line.standbyHours().get(dayType)).isCloseTo(hours, within(1e-9));
        assertThat(line.standbyTotalHours()).isCloseTo(hours, within(1e-9));
        assertThat(line.earnedHours()).isCloseTo(earned, within(1e-9));
    }

    @ParameterizedTest(name = "{0} minutes count {1} h")
    @CsvSource({
        "1,   1.5", // shorter than the 60-minute minimum: 60 x 1.5 = 90 min
        "20,  1.5",
        "60,  1.5",
        "90,  2.25", // 90 x 1.5 = 135 min
        "240, 6",
    })
    void aCalloutCountsAtLeastTheMinimumTimesTheMultiplier(int minutes, double hours) {
        assertThat(CompensationCalculator.countedCalloutHours(minutes, DEFAULTS))
                .isCloseTo(hours, within(1e-9));
    }

    @Test
    void theLedgerOfAFullTimerAPartTimerAndAMemberWhoJoinsMidTermAcrossBothDstChanges() {
        List<StandbyPeriod> shifts = List.of(
                // Ana, full time: the spring night (13 h WEEKEND) and a weeknight (14 h TERM)
                shift("ana", "2027-03-27T18:00+01:00", "2027-03-28T08:00+02:00", DayType.WEEKEND),
                shift("ana", "2027-03-24T18:00+01:00", "2027-03-25T08:00+01:00", DayType.TERM),
                // Ben, half time: the autumn night (15 h WEEKEND); his FTE changes how often, not what an hour earns
                shift("ben", "2027-10-30T18:00+02:00", "2027-10-31T08:00+01:00", DayType.WEEKEND),
                // Zoë joins on 1 October: her only shift is a weeknight in October
                shift("zoe", "2027-10-04T18:00+02:00", "2027-10-05T08:00+02:00", DayType.TERM),
                // a gap: counts for nobody
                shift(null, "2027-10-05T18:00+02:00", "2027-10-06T08:00+02:00", DayType.TERM));
        List<CalloutEntry> callouts = List.of(
                // 20 minutes at 23:10: shorter than the minimum, counts 60 x 1.5 = 1.5 h
                callout("ana", "2027-03-27T23:10+01:00", 20),
                // 90 minutes from 07:30: runs 60 minutes past the 08:00 end, all 90 count: 90 x 1.5 = 2.25 h
                callout("ana", "2027-03-25T07:30+01:00", 90),
                // Ben, 45 minutes: 60 x 1.5 = 1.5 h
                callout("ben", "2027-10-31T02:30+01:00", 45));
        List<TimeOffEntry> taken = List.of(
                new TimeOffEntry("ana", LocalDate.of(2027, 4, 2), 2),
                new TimeOffEntry("ben", LocalDate.of(2028, 1, 10), 4)); // after the range: not counted

        Map<String, Line> ledger = CompensationCalculator.ledger(
                List.of("ana", "ben", "zoe"),
                shifts,
                callouts,
                taken,
                DEFAULTS,
                BERLIN,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 12, 31));

        Line ana = ledger.get("ana");
        assertThat(ana.standbyHours())
                .containsEntry(DayType.WEEKEND, 13.0)
                .containsEntry(DayType.TERM, 14.0)
                .containsEntry(DayType.SUMMER, 0.0);
        assertThat(ana.callouts()).isEqualTo(2);
        assertThat(ana.calloutMinutes()).isEqualTo(110);
        assertThat(ana.calloutHours()).isCloseTo(3.75, within(1e-9));
        // 13 x 0.25 + 14 x 0.125 + 1.5 + 2.25 = 3.25 + 1.75 + 3.75 = 8.75; minus 2 taken = 6.75
        assertThat(ana.earnedHours()).isCloseTo(8.75, within(1e-9));
        assertThat(ana.takenHours()).isEqualTo(2.0);
        assertThat(ana.balanceHours()).isCloseTo(6.75, within(1e-9));
        assertThat(ana.earnedPay()).isNull();

        Line ben = ledger.get("ben");
        // 15 x 0.25 + 1.5 = 5.25
        assertThat(ben.standbyTotalHours()).isEqualTo(15.0);
        assertThat(ben.earnedHours()).isCloseTo(5.25, within(1e-9));
        assertThat(ben.takenHours()).isZero();

        Line zoe = ledger.get("zoe");
        // 14 x 0.125 = 1.75
        assertThat(zoe.standbyTotalHours()).isEqualTo(14.0);
        assertThat(zoe.earnedHours()).isCloseTo(1.75, within(1e-9));
        assertThat(ledger).containsOnlyKeys("ana", "ben", "zoe");
    }

    @Test
    void shiftsAreClippedToTheRangeByRealInstantsAndCalloutsBelongToTheRangeTheyStartIn() {
        List<StandbyPeriod> shifts =
                List.of(shift("ana", "2027-03-27T18:00+01:00", "2027-03-28T08:00+02:00", DayType.WEEKEND));
        List<CalloutEntry> callouts =
                List.of(callout("ana", "2027-03-27T23:10+01:00", 20), callout("ana", "2027-03-28T04:00+02:00", 30));
        // to 27 March: 18:00 to midnight is 6 h of the 13; only the 23:10 call-out starts in the range
        Line march27 = CompensationCalculator.ledger(
                        List.of("ana"),
                        shifts,
                        callouts,
                        List.of(),
                        DEFAULTS,
                        BERLIN,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 27))
                .get("ana");
        assertThat(march27.standbyTotalHours()).isCloseTo(6, within(1e-9));
        assertThat(march27.callouts()).isEqualTo(1);
        // from 28 March: midnight to 08:00 CEST is 7 real hours (02:00-03:00 does not exist)
        Line march28 = CompensationCalculator.ledger(
                        List.of("ana"),
                        shifts,
                        callouts,
                        List.of(),
                        DEFAULTS,
                        BERLIN,
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 3, 31))
                .get("ana");
        assertThat(march28.standbyTotalHours()).isCloseTo(7, within(1e-9));
        assertThat(march28.callouts()).isEqualTo(1);
        assertThat(march27.standbyTotalHours() + march28.standbyTotalHours()).isCloseTo(13, within(1e-9));
    }

    @Test
    void underPayTheRatesAreAnAmountAndCalloutsArePaidPerCountedHour() {
        CompensationRules pay = new CompensationRules(
                CompensationMode.PAY, Map.of(DayType.TERM, 2.0, DayType.WEEKEND, 4.0), 1.5, 60, 20.0);
        List<StandbyPeriod> shifts = List.of(
                shift("ana", "2027-03-24T18:00+01:00", "2027-03-25T08:00+01:00", DayType.TERM),
                shift("ana", "2027-03-27T18:00+01:00", "2027-03-28T08:00+02:00", DayType.WEEKEND));
        Line line = CompensationCalculator.ledger(
                        List.of("ana"),
                        shifts,
                        List.of(callout("ana", "2027-03-24T22:00+01:00", 30)),
                        List.of(),
                        pay,
                        BERLIN,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 31))
                .get("ana");
        // 14 x 2 + 13 x 4 = 28 + 52 = 80; the call-out counts 60 x 1.5 = 1.5 h x 20 = 30; total 110
        assertThat(line.earnedPay()).isCloseTo(110, within(1e-9));
        assertThat(line.earnedHours()).isZero();
        assertThat(line.calloutHours()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void dayTypesLeftOutOfTheRatesEarnNothingAndDefaultsAreDocumented() {
        CompensationRules rules = new CompensationRules(CompensationMode.TIME_OFF, Map.of(DayType.TERM, 0.1), 1, 0, 0);
        assertThat(rules.rateOf(DayType.WEEKEND)).isZero();
        assertThat(rules.standbyRates()).hasSize(DayType.values().length);
        assertThat(DEFAULTS.standbyRates())
                .containsEntry(DayType.TERM, 0.125)
                .containsEntry(DayType.BREAK, 0.125)
                .containsEntry(DayType.SUMMER, 0.125)
                .containsEntry(DayType.WEEKEND, 0.25)
                .containsEntry(DayType.PUBLIC_HOLIDAY, 0.5);
        assertThat(DEFAULTS.calloutMultiplier()).isEqualTo(1.5);
        assertThat(DEFAULTS.calloutMinimumMinutes()).isEqualTo(60);
        assertThat(DEFAULTS.mode()).isEqualTo(CompensationMode.TIME_OFF);
        // with no minimum and multiplier 1 a call-out counts its real minutes
        assertThat(CompensationCalculator.countedCalloutHours(15, rules)).isCloseTo(0.25, within(1e-9));
    }
}
