package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standby.common.InvalidFieldException;

class SummaryMappingTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Summer Holidays | SUMMER",
                "SUMMER BREAK 2027 | SUMMER",
                "Sommerferien Hessen | SUMMER",
                "Vacanze estive | SUMMER",
                "Grandes vacances | SUMMER",
                "Summer Term (first half) | TERM",
                "Summer Half Term | BREAK",
                "Autumn Half-Term | BREAK",
                "Spring half term | BREAK",
                "Christmas Holidays | BREAK",
                "Herbstferien | BREAK",
                "Osterferien 2027 | BREAK",
                "Weihnachtsferien für Schülerinnen | BREAK",
                "Vacanze di Natale | BREAK",
                "Vacances de la Toussaint | BREAK",
                "Winter break | BREAK",
                "Semesterferien | BREAK",
                "Autumn Term | TERM",
                "Wintersemester 2027/28 | TERM",
                "Sommersemester | TERM",
            })
    void summariesMapToKinds(String summary, PeriodKind kind) {
        assertThat(SummaryMapping.defaults().match(summary))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(kind);
    }

    @ParameterizedTest(name = "''{0}'' names no period")
    @CsvSource(
            delimiter = '|',
            value = {
                "Sports Day",
                "Elternabend: Termin folgt",
                "Staff breakfast",
                "Intermediate exams",
                "Parents' Evening",
            })
    void summariesWithoutAKeywordMatchNothing(String summary) {
        assertThat(SummaryMapping.defaults().match(summary)).isEmpty();
    }

    @Test
    void publicHolidaysAndInsetDaysAreIgnoredWithAReason() {
        assertThat(SummaryMapping.defaults().match("Early May Bank Holiday"))
                .get()
                .satisfies(rule -> assertThat(rule.ignoreReason()).isEqualTo(SummaryMapping.PUBLIC_HOLIDAY_REASON));
        assertThat(SummaryMapping.defaults().match("INSET Day (school closed to pupils)"))
                .get()
                .satisfies(rule -> assertThat(rule.ignoreReason()).isEqualTo(SummaryMapping.INSET_REASON));
    }

    @Test
    void matchingIsUnicodeSafe() {
        // decomposed umlaut (u + combining diaeresis) and full-width letters
        assertThat(SummaryMapping.defaults().match("Weihnachtsferien fu\u0308r alle"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.BREAK);
        assertThat(SummaryMapping.defaults().match("ＳＵＭＭＥＲ"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.SUMMER);
        SummaryMapping mapping = SummaryMapping.defaults().with("Pfingstfreie Tage", PeriodKind.BREAK);
        assertThat(mapping.match("PFINGSTFREIE TAGE 2027"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.BREAK);
    }

    @Test
    void aRequestCanAddOverrideIgnoreOrReplaceKeywords() {
        SummaryMapping added =
                SummaryMapping.parse("map", List.of("inset:BREAK", "Projektwoche:term", "sports day:IGNORE"), false);
        assertThat(added.match("INSET day"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.BREAK);
        assertThat(added.match("Projektwoche"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.TERM);
        assertThat(added.match("Sports Day"))
                .get()
                .extracting(SummaryMapping.Rule::ignores)
                .isEqualTo(true);
        assertThat(added.match("Summer Holidays"))
                .get()
                .extracting(SummaryMapping.Rule::kind)
                .isEqualTo(PeriodKind.SUMMER);

        SummaryMapping replaced = SummaryMapping.parse("map", List.of("lovas:BREAK"), true);
        assertThat(replaced.match("Summer Holidays")).isEmpty();
        assertThat(replaced.match("Lovas")).isPresent();
    }

    @Test
    void aBadMappingEntryIsA400NamingTheField() {
        assertThatThrownBy(() -> SummaryMapping.parse("map", List.of("inset"), false))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("map"))
                .hasMessageContaining("keyword:KIND");
        assertThatThrownBy(() -> SummaryMapping.parse("map", List.of("inset:HOLIDAY"), false))
                .hasMessageContaining("TERM, BREAK, SUMMER or IGNORE");
        assertThatThrownBy(() -> SummaryMapping.parse("map", List.of("--:BREAK"), false))
                .hasMessageContaining("no keyword");
    }
}
