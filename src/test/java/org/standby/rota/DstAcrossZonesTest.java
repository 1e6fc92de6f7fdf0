package org.standby.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Rotas through the API in three zones over the nights that are not 14 hours long: both DST changes (Europe/Berlin
 * and America/New_York change in March and October/November, Australia/Sydney the other way round in April and
 * October), a year boundary and a leap day, the next ones from the day the test runs. For each: the night shift's real length in the shift list, the standby
 * hours in the compensation ledger (the sum of the shifts' real hours) and the feed's DTSTART/DTEND, which are the
 * local 18:00 and 08:00 with the team's TZID whatever the offset.
 */
@QuarkusTest
class DstAcrossZonesTest {

    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** The feed's window ahead (docs/feeds.md: 30 days back to 400 days ahead). */
    private static final int FEED_DAYS_AHEAD = 400;

    /**
     * The nights, found from today so that they stay inside the feed's window whenever the test runs: the next two
     * DST changes of each zone (Europe/Berlin and America/New_York change in March and October/November,
     * Australia/Sydney the other way round in April and October), Sydney's next New Year's Eve and the next leap
     * day in New York. A night starts on the evening before the change (all three change between 02:00 and 03:00).
     */
    static Stream<Arguments> nights() {
        LocalDate from = LocalDate.now().plusDays(3);
        List<Arguments> nights = new java.util.ArrayList<>();
        for (String[] zone :
                new String[][] {{"Europe/Berlin", "DE-HE"}, {"America/New_York", "US-NY"}, {"Australia/Sydney", "AU"}
                }) {
            ZoneId id = ZoneId.of(zone[0]);
            java.time.Instant after = from.atStartOfDay(id).toInstant();
            for (int i = 0; i < 2; i++) {
                java.time.zone.ZoneOffsetTransition change = id.getRules().nextTransition(after);
                double hours = 14.0
                        - (change.getOffsetAfter().getTotalSeconds()
                                        - change.getOffsetBefore().getTotalSeconds())
                                / 3600.0;
                nights.add(Arguments.of(
                        zone[0],
                        zone[1],
                        change.getDateTimeBefore().toLocalDate().minusDays(1).toString(),
                        hours));
                after = change.getInstant();
            }
        }
        LocalDate newYearsEve = LocalDate.of(from.getYear(), 12, 31);
        if (newYearsEve.isBefore(from)) {
            newYearsEve = newYearsEve.plusYears(1);
        }
        nights.add(Arguments.of("Australia/Sydney", "AU", newYearsEve.toString(), 14.0));
        LocalDate leapDay = from;
        while (!(leapDay.getMonthValue() == 2 && leapDay.getDayOfMonth() == 29)) {
            leapDay = leapDay.plusDays(1);
        }
        nights.add(Arguments.of("America/New_York", "US-NY", leapDay.toString(), 14.0));
        return nights.stream();
    }

    @ParameterizedTest(name = "{0}: the night of {2} lasts {3} h in shifts, ledger and feed")
    @MethodSource("nights")
    void nightLengthIsExactEverywhere(String zone, String region, String date, double hours) {
        ZoneId zoneId = ZoneId.of(zone);
        LocalDate night = LocalDate.parse(date);
        TeamFixture team = TeamFixture.create(zone, region);
        // a single nightly shift every day, so each date has exactly one 18:00-08:00 shift
        admin().body(Map.of(
                        "shifts",
                        List.of(Map.of(
                                "name",
                                "Night",
                                "dayTypes",
                                List.of("TERM", "BREAK", "SUMMER", "WEEKEND", "PUBLIC_HOLIDAY"),
                                "start",
                                "18:00",
                                "end",
                                "08:00",
                                "weight",
                                1.0,
                                "headcount",
                                1)),
                        "rules",
                        Map.of("minRestHours", 0, "maxConsecutiveDays", 7, "maxShiftsPerWeek", 7)))
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200);
        LocalDate from = night.minusDays(2);
        LocalDate to = night.plusDays(2);
        RotaFixture rota = RotaFixture.published(team, from.toString(), to.toString());

        List<RotaFixture.Shift> shifts = rota.shifts();
        assertThat(shifts).hasSize(5);
        double total = 0;
        for (RotaFixture.Shift shift : shifts) {
            OffsetDateTime start = OffsetDateTime.parse(shift.start());
            OffsetDateTime end = OffsetDateTime.parse(shift.end());
            LocalDate day = start.atZoneSameInstant(zoneId).toLocalDate();
            assertThat(start.atZoneSameInstant(zoneId).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(end.atZoneSameInstant(zoneId).toLocalDateTime())
                    .isEqualTo(day.plusDays(1).atTime(8, 0));
            double real = Duration.between(start, end).toMinutes() / 60.0;
            assertThat(real).as("night of " + day).isEqualTo(day.equals(night) ? hours : 14.0);
            total += real;
        }
        assertThat(total).isEqualTo(4 * 14.0 + hours);

        // the ledger counts real hours: the rota's range holds exactly the five nights
        JsonPath ledger = admin().queryParam("from", from.toString())
                .queryParam("to", to.plusDays(1).toString())
                .get("/api/teams/" + team.teamId + "/compensation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Float> perMember = ledger.getList("members.standbyTotalHours", Float.class);
        assertThat(perMember.stream().mapToDouble(Float::doubleValue).sum())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.01));

        // the feed: DTSTART/DTEND in local time with the team's TZID, and the zone's VTIMEZONE
        String url = admin().body(Map.of())
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        String ics = io.restassured.RestAssured.given()
                .get(URI.create(url).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replace("\r\n ", "");
        LocalDateTime localStart = night.atTime(18, 0);
        LocalDateTime localEnd = night.plusDays(1).atTime(8, 0);
        LocalDate lastInFeed = LocalDate.now(zoneId).plusDays(FEED_DAYS_AHEAD);
        if (night.plusDays(1).isAfter(lastInFeed.minusDays(1))) {
            // the next leap day can lie beyond the feed's window (400 days ahead): then the feed does not show the
            // night (a day's margin at the window's edge), and the shifts and the ledger above are what it proves
            if (night.isAfter(lastInFeed.plusDays(1))) {
                assertThat(ics)
                        .as("a night beyond the feed's window")
                        .doesNotContain("DTSTART;TZID=" + zone + ":" + ICS_LOCAL.format(localStart));
            }
            return;
        }
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:" + zone);
        assertThat(ics).contains("DTSTART;TZID=" + zone + ":" + ICS_LOCAL.format(localStart));
        assertThat(ics).contains("DTEND;TZID=" + zone + ":" + ICS_LOCAL.format(localEnd));
    }
}
