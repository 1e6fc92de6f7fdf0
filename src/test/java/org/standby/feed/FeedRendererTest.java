package org.standby.feed;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class FeedRendererTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String NASTY = "Zoë Müller-Łukasiewicz & 李雷, on call; path C:\\rota\nsecond line";

    // the spring DST night: 27 March 2027 18:00 CET to 28 March 08:00 CEST is 13 real hours
    private static final FeedEvent NIGHT = new FeedEvent(
            "shift-41@standby",
            3,
            Instant.parse("2027-03-27T17:00:00Z"),
            Instant.parse("2027-03-28T06:00:00Z"),
            "On call: Weeknight (IT Services, Rhein-Main International School)",
            NASTY,
            false,
            Instant.parse("2027-03-01T10:00:00Z"));
    private static final FeedEvent GONE = new FeedEvent(
            "shift-42@standby",
            5,
            Instant.parse("2027-03-29T16:00:00Z"),
            Instant.parse("2027-03-30T06:00:00Z"),
            "On call: Weeknight",
            "swapped away",
            true,
            Instant.parse("2027-03-02T10:00:00Z"));
    private static final FeedAllDayEvent EASTER = new FeedAllDayEvent(
            "period-7@standby",
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 4, 10),
            "Osterferien",
            "school break",
            Instant.parse("2027-01-01T00:00:00Z"));

    private static byte[] memberFeed() {
        return FeedRenderer.render(
                new FeedSpec("On call: " + NASTY, BERLIN, Duration.ofHours(1), List.of(60, 1440)),
                List.of(GONE, NIGHT),
                List.of(EASTER),
                Instant.parse("2027-03-02T10:00:00Z"));
    }

    @Test
    void everyLineEndsWithCrlfAndIsAtMost75Octets() throws CharacterCodingException {
        byte[] feed = memberFeed();
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .decode(java.nio.ByteBuffer.wrap(feed))
                .toString();
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        int lineStart = 0;
        for (int i = 0; i < feed.length - 1; i++) {
            if (feed[i] == '\r' && feed[i + 1] == '\n') {
                assertThat(i - lineStart)
                        .as("octets in line starting at %d", lineStart)
                        .isLessThanOrEqualTo(75);
                byte[] line = Arrays.copyOfRange(feed, lineStart, i);
                // each physical line is valid UTF-8 on its own: no character was split by a fold
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line));
                lineStart = i + 2;
            }
        }
    }

    @Test
    void unfoldingRestoresTheEscapedText() {
        String unfolded = new String(memberFeed(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(unfolded)
                .contains("DESCRIPTION:Zoë Müller-Łukasiewicz & 李雷\\, on call\\; path C:\\\\rota\\nsecond line\r\n");
        assertThat(unfolded).contains("X-WR-CALNAME:On call: Zoë Müller-Łukasiewicz");
    }

    @Test
    void foldsFallBetweenCharactersOfAMultiByteName() {
        String name = "李".repeat(40) + "Zoë".repeat(10);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FeedRenderer.fold("SUMMARY:" + name, out);
        String[] lines = new String(out.toByteArray(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(String.join("", lines).replace(" 李", "李").replace(" Z", "Z")).isEqualTo("SUMMARY:" + name);
    }

    @Test
    void iCal4jParsesAndValidatesTheFeed() throws Exception {
        Calendar calendar =
                new CalendarBuilder().build(new StringReader(new String(memberFeed(), StandardCharsets.UTF_8)));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getComponents("VEVENT")).hasSize(3);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        var night = calendar.getComponents("VEVENT").stream()
                .filter(c ->
                        c.getProperty(Property.UID).orElseThrow().getValue().equals("shift-41@standby"))
                .findFirst()
                .orElseThrow();
        assertThat(night.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo(NASTY);
        assertThat(night.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(((net.fortuna.ical4j.model.component.VEvent) night).getAlarms())
                .hasSize(2);
    }

    @Test
    void anIndependentParserReadsTheSameEvents() {
        ICalendar ical =
                Biweekly.parse(new String(memberFeed(), StandardCharsets.UTF_8)).first();
        assertThat(ical.getExperimentalProperty("X-WR-TIMEZONE").getValue()).isEqualTo("Europe/Berlin");
        VEvent night = ical.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("shift-41@standby"))
                .findFirst()
                .orElseThrow();
        assertThat(night.getSequence().getValue()).isEqualTo(3);
        assertThat(night.getDateStart().getValue().toInstant()).isEqualTo(NIGHT.start());
        assertThat(night.getDateEnd().getValue().toInstant()).isEqualTo(NIGHT.end());
        assertThat(Duration.between(
                        night.getDateStart().getValue().toInstant(),
                        night.getDateEnd().getValue().toInstant()))
                .isEqualTo(Duration.ofHours(13));
        assertThat(night.getSummary().getValue()).isEqualTo(NIGHT.summary());
        assertThat(night.getDescription().getValue()).isEqualTo(NASTY);
        VEvent gone = ical.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("shift-42@standby"))
                .findFirst()
                .orElseThrow();
        assertThat(gone.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(gone.getAlarms()).isEmpty();
        VEvent easter = ical.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("period-7@standby"))
                .findFirst()
                .orElseThrow();
        assertThat(easter.getDateStart().getValue().hasTime()).isFalse();
        // DTEND of an all-day event is exclusive: the break ends on 10 April, so DTEND is 11 April
        assertThat(new String(memberFeed(), StandardCharsets.UTF_8)).contains("DTEND;VALUE=DATE:20270411");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"Europe/Kiev", "UTC", "America/New_York", "Asia/Shanghai"})
    void theVtimezoneCarriesTheNameTheEventsUse(String zone) throws Exception {
        byte[] feed = FeedRenderer.render(
                new FeedSpec("Zones", ZoneId.of(zone), Duration.ofHours(1), List.of()),
                List.of(NIGHT),
                List.of(),
                Instant.parse("2027-03-02T10:00:00Z"));
        String text = new String(feed, StandardCharsets.UTF_8);
        assertThat(text).contains("BEGIN:VTIMEZONE\r\nTZID:" + zone + "\r\n").contains("DTSTART;TZID=" + zone + ":");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.validate().hasErrors()).isFalse();
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        assertThat(memberFeed()).isEqualTo(memberFeed());
    }
}
