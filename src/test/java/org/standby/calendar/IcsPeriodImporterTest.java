package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standby.common.InvalidFieldException;

class IcsPeriodImporterTest {

    private final IcsPeriodImporter importer = new IcsPeriodImporter();

    static String fixture(String name) {
        try (InputStream in = IcsPeriodImporterTest.class.getResourceAsStream("/calendar/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", eventLines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anEnglishSchoolYearBecomesTermsHalfTermsHolidaysAndSummer() {
        ImportPlan plan = importer.plan(fixture("ashbourne-2026-27.ics"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::name, PeriodCandidate::kind, PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(
                        tuple("Autumn Term (first half)", PeriodKind.TERM, d("2026-09-03"), d("2026-10-23")),
                        tuple("Autumn Half Term", PeriodKind.BREAK, d("2026-10-26"), d("2026-10-30")),
                        tuple("Autumn Term (second half)", PeriodKind.TERM, d("2026-11-02"), d("2026-12-18")),
                        tuple(
                                "Christmas Holidays — Weihnachtsferien für unsere Gastschülerinnen und Gastschüler",
                                PeriodKind.BREAK,
                                d("2026-12-19"),
                                d("2027-01-03")),
                        tuple("Spring Term (first half)", PeriodKind.TERM, d("2027-01-05"), d("2027-02-12")),
                        tuple("Spring Half-Term", PeriodKind.BREAK, d("2027-02-15"), d("2027-02-19")),
                        tuple("Spring Term (second half)", PeriodKind.TERM, d("2027-02-22"), d("2027-03-25")),
                        tuple("Easter Holidays", PeriodKind.BREAK, d("2027-03-26"), d("2027-04-11")),
                        tuple("Summer Term (first half)", PeriodKind.TERM, d("2027-04-12"), d("2027-05-28")),
                        tuple("Summer Half Term", PeriodKind.BREAK, d("2027-05-31"), d("2027-06-04")),
                        tuple("Summer Term (second half)", PeriodKind.TERM, d("2027-06-07"), d("2027-07-16")),
                        tuple("Summer Holidays", PeriodKind.SUMMER, d("2027-07-17"), d("2027-08-31")));
        assertThat(plan.created()).extracting(PeriodCandidate::uid).contains("2027-easter@ashbourne.example");
    }

    @Test
    void theEnglishSchoolYearSkipsTimedRecurringInsetAndUnknownEventsSayingWhy() {
        ImportPlan plan = importer.plan(fixture("ashbourne-2026-27.ics"));

        assertThat(plan.skipped())
                .extracting(ImportPlan.Skipped::summary, ImportPlan.Skipped::reason)
                .containsExactly(
                        tuple("Parents' Evening (Years 7–9)", "timed event, not a period"),
                        tuple("INSET Day (school closed to pupils)", SummaryMapping.INSET_REASON),
                        tuple("Early May Bank Holiday", SummaryMapping.PUBLIC_HOLIDAY_REASON),
                        tuple(
                                "Sports Day",
                                "the summary names no period kind "
                                        + "(add a keyword with map=keyword:TERM|BREAK|SUMMER)"),
                        tuple("IT Helpdesk drop-in for staff", "timed event, not a period (recurring)"),
                        tuple("Open Morning", "timed event, not a period"));
        assertThat(plan.skipped())
                .filteredOn(s -> s.summary().startsWith("Parents"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.start()).isEqualTo("20261112T170000");
                    assertThat(s.uid()).isEqualTo("2026-parents-evening@ashbourne.example");
                    assertThat(fixture("ashbourne-2026-27.ics").split("\r\n")[s.line() - 1])
                            .isEqualTo("BEGIN:VEVENT");
                });
    }

    @Test
    void theInsetDayCanBeMappedToABreakForOneImport() {
        ImportPlan plan = importer.plan(
                fixture("ashbourne-2026-27.ics"), SummaryMapping.parse("map", List.of("inset:BREAK"), false));

        assertThat(plan.created())
                .extracting(PeriodCandidate::name, PeriodCandidate::start, PeriodCandidate::end)
                .contains(tuple("INSET Day (school closed to pupils)", d("2027-01-04"), d("2027-01-04")));
    }

    @Test
    void allDayDtendIsExclusiveAndMissingDtendIsOneDay() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:a",
                "DTSTART;VALUE=DATE:20270705",
                "DTEND;VALUE=DATE:20270706",
                "SUMMARY:Ferien-Tag",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:b",
                "DTSTART;VALUE=DATE:20270712",
                "SUMMARY:Brückentag Ferien",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:c",
                "DTSTART;VALUE=DATE:20270719",
                "DURATION:P5D",
                "SUMMARY:Summer school break",
                "END:VEVENT"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::uid, PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(
                        tuple("a", d("2027-07-05"), d("2027-07-05")),
                        tuple("b", d("2027-07-12"), d("2027-07-12")),
                        tuple("c", d("2027-07-19"), d("2027-07-23")));
    }

    @Test
    void aDateWithoutValueDateIsStillAllDay() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT", "UID:w", "DTSTART:20270104", "DTEND:20270108", "SUMMARY:Winter break", "END:VEVENT"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(tuple(d("2027-01-04"), d("2027-01-07")));
    }

    @Test
    void aRecurringAllDayBreakBecomesOnePeriodPerOccurrenceWithinTwoYears() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:carnival",
                "DTSTART;VALUE=DATE:20270208",
                "DTEND;VALUE=DATE:20270210",
                "RRULE:FREQ=YEARLY",
                "EXDATE;VALUE=DATE:20280208",
                "SUMMARY:Carnival break",
                "END:VEVENT"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(tuple(d("2027-02-08"), d("2027-02-09")), tuple(d("2029-02-08"), d("2029-02-09")));
        assertThat(plan.skipped())
                .singleElement()
                .extracting(ImportPlan.Skipped::reason)
                .asString()
                .contains("expanded for 2 years");
    }

    @Test
    void aRecurringEventThatNamesNoKindIsSkipped() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:nonuniform",
                "DTSTART;VALUE=DATE:20270108",
                "RRULE:FREQ=MONTHLY;COUNT=5",
                "SUMMARY:Non-uniform day",
                "END:VEVENT"));

        assertThat(plan.created()).isEmpty();
        assertThat(plan.skipped())
                .singleElement()
                .extracting(ImportPlan.Skipped::reason)
                .asString()
                .startsWith("recurring event whose summary names no period kind");
    }

    @Test
    void timedEventsInAZoneInUtcOrFloatingAreSkippedEvenInAZoneJavaDoesNotKnow() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:tz",
                "DTSTART;TZID=W. Europe Standard Time:20270705T080000",
                "DTEND;TZID=W. Europe Standard Time:20270705T170000",
                "SUMMARY:Ferien-Betreuung",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:utc",
                "DTSTART:20270705T080000Z",
                "SUMMARY:Summer fair",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:floating",
                "DTSTART:20270705T080000",
                "SUMMARY:Term starts",
                "END:VEVENT"));

        assertThat(plan.created()).isEmpty();
        assertThat(plan.skipped())
                .extracting(ImportPlan.Skipped::uid, ImportPlan.Skipped::reason)
                .containsExactly(
                        tuple("tz", "timed event, not a period"),
                        tuple("utc", "timed event, not a period"),
                        tuple("floating", "timed event, not a period"));
    }

    @Test
    void lfLineEndsFoldedLinesAndAByteOrderMarkAreFine() {
        String text = "\uFEFFBEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:x\n"
                + "DTSTART;VALUE=DATE:20270329\nDTEND;VALUE=DATE:2027\n 0410\nSUMMARY:Vacanze di Pasqua – \n\tscuola chiusa\n"
                + "END:VEVENT\nEND:VCALENDAR\n";

        assertThat(importer.plan(text).created()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Vacanze di Pasqua – scuola chiusa");
            assertThat(p.end()).isEqualTo(d("2027-04-09"));
            assertThat(p.kind()).isEqualTo(PeriodKind.BREAK);
        });
    }

    @Test
    void cancelledAndDuplicatedEventsAreSkipped() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:a",
                "DTSTART;VALUE=DATE:20270705",
                "SUMMARY:Summer",
                "STATUS:CANCELLED",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:b",
                "DTSTART;VALUE=DATE:20270712",
                "DTEND;VALUE=DATE:20270820",
                "SUMMARY:Summer",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:c",
                "DTSTART;VALUE=DATE:20270712",
                "DTEND;VALUE=DATE:20270820",
                "SUMMARY:summer",
                "END:VEVENT"));

        assertThat(plan.created()).extracting(PeriodCandidate::uid).containsExactly("b");
        assertThat(plan.skipped())
                .extracting(ImportPlan.Skipped::uid, ImportPlan.Skipped::reason)
                .containsExactly(tuple("a", "cancelled"), tuple("c", "same period as the event at line 10"));
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithItsLine() {
        String broken =
                fixture("ashbourne-2026-27.ics").replace("DTSTART;VALUE=DATE:20270412", "DTSTART;VALUE=DATE:2027O412");
        int line = List.of(broken.split("\r\n")).indexOf("DTSTART;VALUE=DATE:2027O412") + 1;

        assertThatThrownBy(() -> importer.plan(broken))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("body"))
                .hasMessageContaining("line " + line + " 'DTSTART;VALUE=DATE:2027O412'");
    }

    @Test
    void aLineThatIsNoContentLineIsRefusedWithItsLine() {
        String broken = fixture("ashbourne-2026-27.ics")
                .replace("SUMMARY:Easter Holidays", "Easter Holidays (no property name)");
        int line = List.of(broken.split("\r\n")).indexOf("Easter Holidays (no property name)") + 1;

        assertThatThrownBy(() -> importer.plan(broken))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line " + line + " 'Easter Holidays (no property name)'");
    }

    @Test
    void unbalancedComponentsAreRefusedWithTheLine() {
        assertThatThrownBy(() -> importer.plan(calendar(
                        "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20270705", "SUMMARY:Summer", "END:VTODO")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line 8 'END:VTODO'");
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> importer.plan(calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270705",
                        "DTEND;VALUE=DATE:20270701",
                        "SUMMARY:Summer",
                        "END:VEVENT")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line 4, event 'Summer'")
                .hasMessageContaining("before it starts");
    }

    @Test
    void somethingThatIsNoCalendarIsRefused() {
        assertThatThrownBy(() -> importer.plan("{\"periods\": []}"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("BEGIN:VCALENDAR");
        assertThatThrownBy(() -> importer.plan("  \r\n")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> importer.plan("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line");
    }
}
