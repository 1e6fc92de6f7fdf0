package org.standby.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standby.calendar.DayType;

class ShiftExpanderTest {

    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private static CoveragePolicy nightly(LocalTime start, LocalTime end) {
        return new CoveragePolicy(
                List.of(new ShiftTemplate("Night", Set.of(DayType.values()), start, end, 1, 1)),
                CoverageRules.defaults());
    }

    static Stream<Arguments> nights() {
        return Stream.of(
                // zone, date, start, end, expected hours, expected start instant
                Arguments.of("Europe/Berlin", "2027-03-27", EVENING, MORNING, 13.0, "2027-03-27T17:00:00Z"),
                Arguments.of("Europe/Berlin", "2027-10-30", EVENING, MORNING, 15.0, "2027-10-30T16:00:00Z"),
                Arguments.of("Europe/Berlin", "2027-06-15", EVENING, MORNING, 14.0, "2027-06-15T16:00:00Z"),
                Arguments.of("Europe/Berlin", "2026-10-24", EVENING, MORNING, 15.0, "2026-10-24T16:00:00Z"),
                Arguments.of("America/New_York", "2027-03-13", EVENING, MORNING, 13.0, "2027-03-13T23:00:00Z"),
                Arguments.of("America/New_York", "2027-11-06", EVENING, MORNING, 15.0, "2027-11-06T22:00:00Z"),
                Arguments.of("America/New_York", "2027-01-10", EVENING, MORNING, 14.0, "2027-01-10T23:00:00Z"),
                // 24 h day shift across the change: 23 h and 25 h of real time
                Arguments.of("Europe/Berlin", "2027-03-27", MORNING, MORNING, 23.0, "2027-03-27T07:00:00Z"),
                Arguments.of("Europe/Berlin", "2027-10-30", MORNING, MORNING, 25.0, "2027-10-30T06:00:00Z"),
                // leap day and the year change
                Arguments.of("Europe/Berlin", "2028-02-29", EVENING, MORNING, 14.0, "2028-02-29T17:00:00Z"),
                Arguments.of("Europe/Berlin", "2027-12-31", EVENING, MORNING, 14.0, "2027-12-31T17:00:00Z"),
                // start inside the gap (02:30 does not exist on 28 Mar 2027) moves forward to 03:30 CEST
                Arguments.of(
                        "Europe/Berlin",
                        "2027-03-28",
                        LocalTime.of(2, 30),
                        LocalTime.of(8, 0),
                        4.5,
                        "2027-03-28T01:30:00Z"),
                Arguments.of(
                        "America/New_York",
                        "2027-03-14",
                        LocalTime.of(2, 30),
                        LocalTime.of(8, 0),
                        4.5,
                        "2027-03-14T07:30:00Z"),
                // same-day shift
                Arguments.of(
                        "Europe/Berlin",
                        "2027-05-03",
                        LocalTime.of(8, 0),
                        LocalTime.of(16, 0),
                        8.0,
                        "2027-05-03T06:00:00Z"));
    }

    @ParameterizedTest(name = "{0} {1} {2}-{3} lasts {4} h")
    @MethodSource("nights")
    void shiftLastsTheRealElapsedTime(
            String zone, String date, LocalTime start, LocalTime end, double hours, String startInstant) {
        LocalDate day = LocalDate.parse(date);
        List<PlannedShift> shifts =
                ShiftExpander.expand(nightly(start, end), ZoneId.of(zone), day, day, d -> DayType.TERM);
        assertThat(shifts).hasSize(1);
        PlannedShift shift = shifts.get(0);
        assertThat(shift.hours()).isEqualTo(hours);
        assertThat(shift.start()).isEqualTo(Instant.parse(startInstant));
        assertThat(shift.date()).isEqualTo(day);
        assertThat(shift.key()).isEqualTo(date + "/Night/0");
    }

    @Test
    void newYearsEveNightEndsOnFirstOfJanuary() {
        LocalDate eve = LocalDate.of(2027, 12, 31);
        PlannedShift shift = ShiftExpander.expand(
                        nightly(EVENING, MORNING), ZoneId.of("Europe/Berlin"), eve, eve, d -> DayType.BREAK)
                .get(0);
        assertThat(shift.end()).isEqualTo(Instant.parse("2028-01-01T07:00:00Z"));
        assertThat(shift.dayType()).isEqualTo(DayType.BREAK);
    }

    @Test
    void leapDayGetsItsOwnShift() {
        List<PlannedShift> shifts = ShiftExpander.expand(
                nightly(EVENING, MORNING),
                ZoneId.of("Europe/Berlin"),
                LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 3, 1),
                d -> DayType.TERM);
        assertThat(shifts)
                .extracting(PlannedShift::key)
                .containsExactly("2028-02-28/Night/0", "2028-02-29/Night/0", "2028-03-01/Night/0");
    }

    @Test
    void templateAppliesByTheDayTypeOfTheStartDate() {
        // Fri 2027-03-26 is a holiday (Good Friday), Sat/Sun weekend, Mon 2027-03-29 holiday, Tue term.
        CoveragePolicy policy = CoveragePolicy.defaultPolicy();
        List<PlannedShift> shifts = ShiftExpander.expand(
                policy,
                ZoneId.of("Europe/Berlin"),
                LocalDate.of(2027, 3, 25),
                LocalDate.of(2027, 3, 30),
                d -> switch (d.getDayOfMonth()) {
                    case 26, 29 -> DayType.PUBLIC_HOLIDAY;
                    default -> d.getDayOfWeek().getValue() >= 6 ? DayType.WEEKEND : DayType.TERM;
                });
        assertThat(shifts)
                .extracting(PlannedShift::key)
                .containsExactly(
                        "2027-03-25/Weeknight/0",
                        "2027-03-26/Public holiday/0",
                        "2027-03-27/Weekend day/0",
                        "2027-03-28/Weekend day/0",
                        "2027-03-29/Public holiday/0",
                        "2027-03-30/Weeknight/0");
        // Sat 08:00 to Sun 08:00 across the spring change is 23 h
        assertThat(shifts.get(2).hours()).isEqualTo(23.0);
        assertThat(shifts.get(1).weight()).isEqualTo(3.0);
        // consecutive shifts meet without gap or overlap
        for (int i = 1; i < shifts.size(); i++) {
            assertThat(shifts.get(i - 1).overlaps(shifts.get(i))).isFalse();
        }
    }

    @Test
    void headcountGivesOneShiftPerSlotSortedByStart() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Late", Set.of(DayType.TERM), EVENING, MORNING, 1, 2),
                        new ShiftTemplate("Day", Set.of(DayType.TERM), MORNING, EVENING, 1, 1)),
                CoverageRules.defaults());
        List<PlannedShift> shifts = ShiftExpander.expand(
                policy,
                ZoneId.of("Europe/Berlin"),
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 4),
                d -> DayType.TERM);
        assertThat(shifts)
                .extracting(PlannedShift::key)
                .containsExactly(
                        "2027-05-03/Day/0",
                        "2027-05-03/Late/0",
                        "2027-05-03/Late/1",
                        "2027-05-04/Day/0",
                        "2027-05-04/Late/0",
                        "2027-05-04/Late/1");
        assertThat(shifts).extracting(PlannedShift::slot).containsExactly(0, 0, 1, 0, 0, 1);
    }

    @Test
    void shiftSwallowedByTheGapIsSkipped() {
        LocalDate spring = LocalDate.of(2027, 3, 28);
        List<PlannedShift> shifts = ShiftExpander.expand(
                nightly(LocalTime.of(2, 30), LocalTime.of(3, 0)),
                ZoneId.of("Europe/Berlin"),
                spring,
                spring,
                d -> DayType.TERM);
        assertThat(shifts).isEmpty();
    }

    @Test
    void expansionIsDeterministic() {
        LocalDate from = LocalDate.of(2026, 8, 1);
        LocalDate to = LocalDate.of(2027, 7, 31);
        java.util.function.Function<LocalDate, DayType> calendar =
                d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? DayType.WEEKEND
                        : DayType.TERM;
        List<PlannedShift> a =
                ShiftExpander.expand(CoveragePolicy.defaultPolicy(), ZoneId.of("Europe/Berlin"), from, to, calendar);
        List<PlannedShift> b =
                ShiftExpander.expand(CoveragePolicy.defaultPolicy(), ZoneId.of("Europe/Berlin"), from, to, calendar);
        assertThat(a).hasSize(365).isEqualTo(b);
    }
}
