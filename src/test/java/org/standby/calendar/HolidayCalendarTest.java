package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standby.common.InvalidFieldException;

class HolidayCalendarTest {

    private static final HolidayCalendar CALENDAR = new HolidayCalendar();

    @Test
    void hesse2027HasCorpusChristiOn27MayAndNoReformationDay() {
        List<PublicHoliday> holidays = CALENDAR.holidays("DE-HE", 2027);

        assertThat(holidays).contains(new PublicHoliday(LocalDate.of(2027, 5, 27), "Corpus Christi"));
        assertThat(holidays).extracting(PublicHoliday::date).doesNotContain(LocalDate.of(2027, 10, 31));
        assertThat(holidays).extracting(PublicHoliday::name).noneMatch(name -> name.contains("Reformation"));
        assertThat(holidays)
                .extracting(PublicHoliday::date)
                .containsExactly(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 26),
                        LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 5, 6),
                        LocalDate.of(2027, 5, 17),
                        LocalDate.of(2027, 5, 27),
                        LocalDate.of(2027, 10, 3),
                        LocalDate.of(2027, 12, 25),
                        LocalDate.of(2027, 12, 26));
    }

    @Test
    void saxonyHasReformationDayWhereHesseHasNot() {
        assertThat(CALENDAR.holidays("DE-SN", 2027))
                .extracting(PublicHoliday::date)
                .contains(LocalDate.of(2027, 10, 31))
                .doesNotContain(LocalDate.of(2027, 5, 27));
    }

    @Test
    void italy2027HasEasterMondayOn29MarchAndFerragosto() {
        List<PublicHoliday> holidays = CALENDAR.holidays("IT", 2027);

        assertThat(holidays).contains(new PublicHoliday(LocalDate.of(2027, 3, 29), "Easter Monday"));
        assertThat(holidays)
                .filteredOn(h -> h.date().equals(LocalDate.of(2027, 8, 15)))
                .singleElement()
                .extracting(PublicHoliday::name)
                .asString()
                .containsIgnoringCase("Assumption");
    }

    @Test
    void holidaysAreSortedByDate() {
        for (String region : List.of("DE-BY", "IT", "GB-ENG", "CH-ZH", "NL", "FR", "ES-MD", "US-NY")) {
            List<PublicHoliday> holidays = CALENDAR.holidays(region, 2027);
            assertThat(holidays).as(region).isNotEmpty();
            assertThat(holidays)
                    .as(region)
                    .isSortedAccordingTo(
                            java.util.Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::name));
        }
    }

    @Test
    void englandListsChristmasDayAndItsSubstituteMonday() {
        assertThat(CALENDAR.holidays("GB-ENG", 2027))
                .contains(
                        new PublicHoliday(LocalDate.of(2027, 12, 25), "Christmas"),
                        new PublicHoliday(LocalDate.of(2027, 12, 27), "Christmas (substitute day)"),
                        new PublicHoliday(LocalDate.of(2027, 8, 30), "Summer Bank Holiday"));
    }

    @Test
    void observancesAreNotDaysOff() {
        // New York marks Easter Monday but does not close for it
        assertThat(CALENDAR.holidays("US-NY", 2027))
                .extracting(PublicHoliday::date)
                .doesNotContain(LocalDate.of(2027, 3, 29))
                .contains(LocalDate.of(2027, 11, 25));
    }

    @Test
    void regionCodesAreCaseInsensitiveAndCanonicalIsUpperCase() {
        assertThat(CALENDAR.holidays("de-he", 2027)).isEqualTo(CALENDAR.holidays("DE-HE", 2027));
        assertThat(CALENDAR.canonical("holidayRegion", " gb-eng ")).isEqualTo("GB-ENG");
        assertThat(CALENDAR.canonical("holidayRegion", "uk-Eng")).isEqualTo("GB-ENG");
        assertThat(CALENDAR.canonical("holidayRegion", "ch-zh")).isEqualTo("CH-ZH");
        assertThat(CALENDAR.isSupported("Es-Md")).isTrue();
    }

    @Test
    void italianProvincesAnswerToTheirIsoCodes() {
        // Milan is IT-MI in ISO 3166-2; Jollyday files it under Lombardy (IT-25)
        assertThat(CALENDAR.canonical("region", "it-mi")).isEqualTo("IT-MI");
        assertThat(CALENDAR.holidays("IT-MI", 2027))
                .extracting(PublicHoliday::date)
                .contains(LocalDate.of(2027, 12, 7))
                .containsAll(CALENDAR.holidays("IT", 2027).stream()
                        .map(PublicHoliday::date)
                        .toList());
    }

    @Test
    void supportedRegionsCoverCountriesAndSubdivisionsButNoMarkets() {
        assertThat(CALENDAR.supportedRegions())
                .contains(
                        "DE", "DE-HE", "DE-BY", "IT", "IT-MI", "GB", "GB-ENG", "GB-SCT", "CH-ZH", "NL", "FR", "ES-MD",
                        "US-NY", "AT-9")
                .doesNotContain("NYSE", "TARGET", "LME")
                .allMatch(code -> code.equals(code.toUpperCase(java.util.Locale.ROOT)));
        assertThat(CALENDAR.supportedRegions()).allMatch(CALENDAR::isSupported);
        assertThat(CALENDAR.regionNames()).containsEntry("DE-HE", "Germany / Hesse");
    }

    @Test
    void unknownCountryIsRefusedNamingTheSupportedOnes() {
        assertThatThrownBy(() -> CALENDAR.requireSupported("holidayRegion", "XX"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("holidayRegion");
                        assertThat(error.message())
                                .contains("'XX'", "DE, DJ", "IT", "GB", "US", "DE-HE", "GET /api/holidays/regions");
                    });
                });
        assertThat(CALENDAR.isSupported("NYSE")).isFalse();
        assertThat(CALENDAR.isSupported("")).isFalse();
        assertThat(CALENDAR.isSupported(null)).isFalse();
    }

    @Test
    void unknownSubdivisionIsRefusedNamingTheCountrysSubdivisions() {
        assertThatThrownBy(() -> CALENDAR.holidays("DE-XY", 2027))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("'DE-XY'")
                .hasMessageContaining("Germany")
                .hasMessageContaining("DE-HE")
                .hasMessageContaining("DE-BY");
        assertThatThrownBy(() -> CALENDAR.requireSupported("holidayRegion", "GB-ENGLAND"))
                .hasMessageContaining("GB-ENG, GB-NIR, GB-SCT, GB-WLS");
    }

    @Test
    void constructionLoadsNothing() {
        long start = System.nanoTime();
        new HolidayCalendar();
        assertThat(System.nanoTime() - start).isLessThan(50_000_000L);
    }
}
