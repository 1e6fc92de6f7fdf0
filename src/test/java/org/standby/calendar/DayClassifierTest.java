package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayClassifierTest {

    private static final Period SUMMER =
            new Period("Sommerferien", PeriodKind.SUMMER, LocalDate.of(2027, 6, 28), LocalDate.of(2027, 8, 6));
    private static final Period AUTUMN =
            new Period("Herbstferien", PeriodKind.BREAK, LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 16));
    private static final Period TERM =
            new Period("Schuljahr 2027/28", PeriodKind.TERM, LocalDate.of(2027, 8, 9), LocalDate.of(2027, 10, 1));

    /** Hesse's public holidays 2027, the calendar's own answer. */
    private static final DayClassifier HESSE = new DayClassifier(
            DayClassifier.effectiveHolidays(new HolidayCalendar().holidays("DE-HE", 2027), Map.of(), Set.of()),
            List.of(SUMMER, AUTUMN, TERM));

    @ParameterizedTest(name = "{0} ({2}) is {1}")
    @CsvSource({
        "2027-12-25, PUBLIC_HOLIDAY, a public holiday on a Saturday",
        "2027-12-26, PUBLIC_HOLIDAY, a public holiday on a Sunday",
        "2027-05-27, PUBLIC_HOLIDAY, Corpus Christi on a Thursday outside any period",
        "2027-10-03, PUBLIC_HOLIDAY, German Unity Day on a Sunday in no period",
        "2027-07-14, SUMMER, a Wednesday in the summer holidays",
        "2027-07-17, WEEKEND, a Saturday in the summer holidays",
        "2027-10-06, BREAK, a Wednesday in the autumn break",
        "2027-09-15, TERM, a Wednesday in term",
        "2027-11-17, TERM, a weekday outside any period",
        "2027-11-20, WEEKEND, a Saturday outside any period",
    })
    void dayTypesFollowPrecedence(LocalDate date, DayType expected, String what) {
        assertThat(HESSE.dayType(date)).isEqualTo(expected);
    }

    @Test
    void aDayReportsItsHolidayAndPeriodEvenWhenAnotherTypeWins() {
        DayClassifier classifier =
                new DayClassifier(Map.of(LocalDate.of(2027, 8, 2), "Founders' Day"), List.of(SUMMER));

        CalendarDay day = classifier.classify(LocalDate.of(2027, 8, 2));

        assertThat(day.dayType()).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(day.holiday()).isEqualTo("Founders' Day");
        assertThat(day.period()).isEqualTo(SUMMER);
        assertThat(classifier.classify(LocalDate.of(2027, 7, 31)))
                .isEqualTo(new CalendarDay(LocalDate.of(2027, 7, 31), DayType.WEEKEND, null, SUMMER));
    }

    @Test
    void closuresAddHolidaysAndWorkingDaysRemoveThem() {
        Map<LocalDate, String> holidays = DayClassifier.effectiveHolidays(
                List.of(
                        new PublicHoliday(LocalDate.of(2027, 5, 6), "Ascension Day"),
                        new PublicHoliday(LocalDate.of(2027, 5, 27), "Corpus Christi")),
                Map.of(LocalDate.of(2027, 5, 7), "Bridge day after Ascension"),
                Set.of(LocalDate.of(2027, 5, 27)));
        DayClassifier classifier = new DayClassifier(holidays, List.of());

        assertThat(classifier.dayType(LocalDate.of(2027, 5, 6))).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(classifier.classify(LocalDate.of(2027, 5, 7)).holiday()).isEqualTo("Bridge day after Ascension");
        assertThat(classifier.classify(LocalDate.of(2027, 5, 27)))
                .isEqualTo(new CalendarDay(LocalDate.of(2027, 5, 27), DayType.TERM, null, null));
    }

    @Test
    void overlappingPeriodsResolveByPrecedence() {
        Period term = new Period("Term", PeriodKind.TERM, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 31));
        Period halfTerm =
                new Period("Half term", PeriodKind.BREAK, LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19));
        DayClassifier classifier = new DayClassifier(Map.of(), List.of(term, halfTerm));

        assertThat(classifier.classify(LocalDate.of(2027, 2, 17)).period()).isEqualTo(halfTerm);
        assertThat(classifier.dayType(LocalDate.of(2027, 2, 17))).isEqualTo(DayType.BREAK);
    }

    @Test
    void aRangeIsClassifiedDayByDayInclusive() {
        List<CalendarDay> days = HESSE.classify(LocalDate.of(2027, 6, 25), LocalDate.of(2027, 6, 29));

        assertThat(days)
                .extracting(CalendarDay::dayType)
                .containsExactly(DayType.TERM, DayType.WEEKEND, DayType.WEEKEND, DayType.SUMMER, DayType.SUMMER);
    }
}
