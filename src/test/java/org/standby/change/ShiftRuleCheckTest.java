package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standby.policy.CoverageRules;
import org.standby.policy.rules.Rule;
import org.standby.time.TimeRange;

/** The rule check of one member taking one more shift, table-driven, on Berlin nights including DST. */
class ShiftRuleCheckTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final CoverageRules RULES = new CoverageRules(10, 3, 4);
    private static long ids = 100;

    /** A night 18:00-08:00 starting on the date. */
    static ShiftRuleCheck.Slot night(String date) {
        LocalDate day = LocalDate.parse(date);
        return new ShiftRuleCheck.Slot(
                ids++,
                day,
                day.atTime(LocalTime.of(18, 0)).atZone(BERLIN).toInstant(),
                day.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(BERLIN).toInstant());
    }

    /** A weekend day 08:00-08:00 starting on the date. */
    static ShiftRuleCheck.Slot day(String date) {
        LocalDate day = LocalDate.parse(date);
        return new ShiftRuleCheck.Slot(
                ids++,
                day,
                day.atTime(LocalTime.of(8, 0)).atZone(BERLIN).toInstant(),
                day.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(BERLIN).toInstant());
    }

    static ShiftRuleCheck.Taker free() {
        return new ShiftRuleCheck.Taker("Ana", null, null, List.of());
    }

    static Arguments row(
            String name,
            ShiftRuleCheck.Taker taker,
            ShiftRuleCheck.Slot taken,
            List<Rule> expected,
            ShiftRuleCheck.Slot... others) {
        return Arguments.of(name, taker, taken, List.of(others), expected);
    }

    static List<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(row("a free member takes a night", free(), night("2027-03-03"), List.of()));
        rows.add(row(
                "night after night leaves exactly 10 h", free(), night("2027-03-03"), List.of(), night("2027-03-02")));
        rows.add(row(
                "a weekend day right after a night has no rest",
                free(),
                day("2027-03-06"),
                List.of(Rule.MIN_REST),
                night("2027-03-05")));
        rows.add(row(
                "the same night twice overlaps",
                free(),
                night("2027-03-03"),
                List.of(Rule.OVERLAP),
                night("2027-03-03")));
        rows.add(row(
                "a fourth day in a row",
                free(),
                night("2027-03-04"),
                List.of(Rule.MAX_CONSECUTIVE_DAYS),
                night("2027-03-01"),
                night("2027-03-02"),
                night("2027-03-03")));
        rows.add(row(
                "joining two runs of two makes five (and five in a week)",
                free(),
                night("2027-03-03"),
                List.of(Rule.MAX_CONSECUTIVE_DAYS, Rule.MAX_SHIFTS_PER_WEEK),
                night("2027-03-01"),
                night("2027-03-02"),
                night("2027-03-04"),
                night("2027-03-05")));
        rows.add(row(
                "a fifth shift in a week",
                free(),
                night("2027-03-07"),
                List.of(Rule.MAX_SHIFTS_PER_WEEK),
                night("2027-03-01"),
                night("2027-03-03"),
                night("2027-03-05"),
                night("2027-03-02")));
        rows.add(row(
                "the Sunday before belongs to the week before",
                free(),
                night("2027-03-07"),
                List.of(),
                night("2027-03-09"),
                night("2027-03-11"),
                night("2027-03-13"),
                night("2027-03-01")));
        rows.add(row(
                "leave overlapping the night's morning",
                new ShiftRuleCheck.Taker("Ana", null, null, List.of(leave("2027-03-04", "2027-03-05"))),
                night("2027-03-03"),
                List.of(Rule.ON_LEAVE)));
        rows.add(row(
                "leave ending before the night",
                new ShiftRuleCheck.Taker("Ana", null, null, List.of(leave("2027-03-01", "2027-03-02"))),
                night("2027-03-03"),
                List.of()));
        rows.add(row(
                "not active yet",
                new ShiftRuleCheck.Taker("Ana", LocalDate.parse("2027-03-04"), null, List.of()),
                night("2027-03-03"),
                List.of(Rule.INACTIVE)));
        rows.add(row(
                "DST night (13 h) then a weekend day: no rest",
                free(),
                day("2027-03-28"),
                List.of(Rule.MIN_REST),
                night("2027-03-27")));
        return rows;
    }

    static TimeRange leave(String first, String last) {
        Instant start = LocalDate.parse(first).atStartOfDay(BERLIN).toInstant();
        Instant end = LocalDate.parse(last).plusDays(1).atStartOfDay(BERLIN).toInstant();
        return new TimeRange(start, end);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void breaches(
            String name,
            ShiftRuleCheck.Taker taker,
            ShiftRuleCheck.Slot taken,
            List<ShiftRuleCheck.Slot> others,
            List<Rule> expected) {
        assertThat(ShiftRuleCheck.breaches(RULES, taker, taken, others))
                .extracting(ShiftRuleCheck.Breach::rule)
                .containsExactlyElementsOf(expected);
    }
}
