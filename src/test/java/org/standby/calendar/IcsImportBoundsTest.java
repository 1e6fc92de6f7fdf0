package org.standby.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standby.common.InvalidFieldException;
import org.standby.common.TooLargeException;

/** The importer's bounds (issue 22) and the Google export cases of issue 20, without a server. */
class IcsImportBoundsTest {

    private final IcsPeriodImporter importer = new IcsPeriodImporter();

    /** 299 bytes that once took a 384 MB heap in 9-14 s: a zone whose STANDARD block repeats every second. */
    static String zoneBomb(String frequency) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VTIMEZONE\r\nTZID:Bomb\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=" + frequency + "\r\n"
                + "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Bomb:20270101T100000\r\nSUMMARY:Ferien\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270705\r\nSUMMARY:Sommerferien\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
    }

    static String calendar(String... eventLines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", eventLines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    static String manyEvents(int count) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n");
        LocalDate day = LocalDate.of(2027, 1, 1);
        for (int i = 0; i < count; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:e")
                    .append(i)
                    .append("\r\nDTSTART;VALUE=DATE:")
                    .append(day.plusDays(i % 3000).toString().replace("-", ""))
                    .append("\r\nSUMMARY:Ferien ")
                    .append(i)
                    .append("\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aTimeZoneRepeatingEverySecondOrMinuteIsNeverExpanded() {
        for (String frequency : List.of("SECONDLY", "MINUTELY")) {
            ImportPlan plan =
                    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.plan(zoneBomb(frequency)));
            assertThat(plan.created())
                    .extracting(PeriodCandidate::name, PeriodCandidate::start)
                    .containsExactly(tuple("Sommerferien", d("2027-07-05")));
            assertThat(plan.skipped())
                    .extracting(ImportPlan.Skipped::reason)
                    .containsExactly("timed event, not a period");
        }
    }

    @Test
    void aVtimezoneWithoutEndIsRefusedWithItsLine() {
        assertThatThrownBy(() -> importer.plan(calendar(
                        "BEGIN:VTIMEZONE",
                        "TZID:x",
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270705",
                        "SUMMARY:Summer",
                        "END:VEVENT")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line 4 'BEGIN:VTIMEZONE'")
                .hasMessageContaining("no END:VTIMEZONE");
    }

    @Test
    void moreEventsThanTheLimitAreRefusedNamingTheLimit() {
        String ics = manyEvents(IcsPeriodImporter.MAX_EVENTS + 1);
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(30), () -> importer.plan(ics)))
                .isInstanceOfSatisfying(
                        TooLargeException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("body"))
                .hasMessageContaining("more than " + IcsPeriodImporter.MAX_EVENTS + " events");
        assertThat(importer.plan(manyEvents(IcsPeriodImporter.MAX_EVENTS)).created())
                .hasSize(IcsPeriodImporter.MAX_EVENTS);
    }

    @Test
    void recurringEventsThatExpandBeyondThePeriodLimitAreRefused() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lines.addAll(List.of(
                    "BEGIN:VEVENT",
                    "UID:w" + i,
                    "DTSTART;VALUE=DATE:2027" + String.format("%02d", i % 12 + 1) + "0" + (i % 9 + 1),
                    "RRULE:FREQ=WEEKLY",
                    "SUMMARY:Ferien " + i,
                    "END:VEVENT"));
        }
        assertThatThrownBy(() -> importer.plan(calendar(lines.toArray(String[]::new))))
                .isInstanceOf(TooLargeException.class)
                .hasMessageContaining("more than " + IcsPeriodImporter.MAX_PERIODS + " periods");
    }

    @Test
    void anAllDaySeriesRepeatingMoreOftenThanDailyIsSkippedNotExpanded() {
        ImportPlan plan = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> importer.plan(calendar(
                        "BEGIN:VEVENT",
                        "UID:s",
                        "DTSTART;VALUE=DATE:20270705",
                        "RRULE:FREQ=SECONDLY",
                        "SUMMARY:Ferien",
                        "END:VEVENT",
                        "BEGIN:VEVENT",
                        "UID:h",
                        "DTSTART;VALUE=DATE:20270705",
                        "RRULE:FREQ=DAILY;BYHOUR=1,2,3",
                        "SUMMARY:Ferien",
                        "END:VEVENT")));
        assertThat(plan.created()).isEmpty();
        assertThat(plan.skipped())
                .extracting(ImportPlan.Skipped::reason)
                .containsExactly(
                        "an all-day event repeating more often than daily (FREQ=SECONDLY) is no period",
                        "an all-day event repeating at times of day (BYHOUR, BYMINUTE, BYSECOND) is no period");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToTheMonthsEnd() {
        for (String line : List.of(
                "DTSTART;VALUE=DATE:20270229", "DTSTART:20270229", "DTSTART:20271301", "DTSTART:20270228T250000")) {
            assertThatThrownBy(() ->
                            importer.plan(calendar("BEGIN:VEVENT", "UID:a", line, "SUMMARY:Ferien", "END:VEVENT")))
                    .as(line)
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("line 6 '" + line + "'");
        }
        assertThatThrownBy(() -> importer.plan(calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270101",
                        "RRULE:FREQ=YEARLY;UNTIL=20290229",
                        "SUMMARY:Ferien",
                        "END:VEVENT")))
                .hasMessageContaining("line 7")
                .hasMessageContaining("'20290229' is not a date");
        assertThat(importer.plan(calendar(
                                "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20280229", "SUMMARY:Ferien", "END:VEVENT"))
                        .created())
                .extracting(PeriodCandidate::start)
                .containsExactly(d("2028-02-29"));
    }

    @Test
    void anEditedOccurrenceReplacesItsOccurrenceAsGoogleExportsIt() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:half-term@google.com",
                "DTSTART;VALUE=DATE:20261026",
                "DTEND;VALUE=DATE:20261031",
                "RRULE:FREQ=YEARLY;COUNT=3",
                "SUMMARY:October Half Term",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:half-term@google.com",
                "RECURRENCE-ID;VALUE=DATE:20271026",
                "DTSTART;VALUE=DATE:20271025",
                "DTEND;VALUE=DATE:20271030",
                "SUMMARY:October Half Term",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:half-term@google.com",
                "RECURRENCE-ID;VALUE=DATE:20281026",
                "DTSTART;VALUE=DATE:20281026",
                "STATUS:CANCELLED",
                "SUMMARY:October Half Term",
                "END:VEVENT"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(tuple(d("2026-10-26"), d("2026-10-30")), tuple(d("2027-10-25"), d("2027-10-29")));
        assertThat(plan.skipped()).extracting(ImportPlan.Skipped::reason).containsExactly("cancelled");
    }

    @Test
    void contiguousOccurrencesOfADailyOrWeeklySeriesAreOnePeriod() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:daily",
                "DTSTART;VALUE=DATE:20271025",
                "RRULE:FREQ=DAILY;COUNT=5",
                "SUMMARY:Half Term",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:weekdays",
                "DTSTART;VALUE=DATE:20280327",
                "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10",
                "SUMMARY:Easter Holidays",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:fridays",
                "DTSTART;VALUE=DATE:20270903",
                "RRULE:FREQ=WEEKLY;COUNT=2",
                "SUMMARY:Staff break",
                "END:VEVENT"));

        assertThat(plan.created())
                .extracting(PeriodCandidate::name, PeriodCandidate::start, PeriodCandidate::end)
                .containsExactly(
                        tuple("Staff break", d("2027-09-03"), d("2027-09-03")),
                        tuple("Staff break", d("2027-09-10"), d("2027-09-10")),
                        tuple("Half Term", d("2027-10-25"), d("2027-10-29")),
                        tuple("Easter Holidays", d("2028-03-27"), d("2028-04-07")));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void aSeriesWithACountGetsNoNoteWhenNothingWasLeftOut() {
        ImportPlan plan = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:c",
                "DTSTART;VALUE=DATE:20291022",
                "RRULE:FREQ=YEARLY;COUNT=3",
                "SUMMARY:October break",
                "END:VEVENT"));
        assertThat(plan.created())
                .extracting(PeriodCandidate::start)
                .containsExactly(d("2029-10-22"), d("2030-10-22"), d("2031-10-22"));
        assertThat(plan.skipped()).isEmpty();

        ImportPlan longer = importer.plan(calendar(
                "BEGIN:VEVENT",
                "UID:c",
                "DTSTART;VALUE=DATE:20291022",
                "RRULE:FREQ=YEARLY;COUNT=4",
                "SUMMARY:October break",
                "END:VEVENT"));
        assertThat(longer.created()).hasSize(3);
        assertThat(longer.skipped())
                .singleElement()
                .extracting(ImportPlan.Skipped::reason)
                .asString()
                .startsWith("occurrences after 2031-10-22 are not imported");
    }

    @Test
    void brokenFoldingIsRefusedWithTheLine() {
        // a long DESCRIPTION folded without the leading space: the second half is no content line
        assertThatThrownBy(() -> importer.plan(calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270705",
                        "SUMMARY:Sommerferien",
                        "DESCRIPTION:School closed for pupils and staff. The IT helpdesk answers e-m",
                        "ails only.",
                        "END:VEVENT")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line 9 'ails only.'");
        // a fold before any line
        assertThatThrownBy(() -> importer.plan(" BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("line 1");
    }
}
