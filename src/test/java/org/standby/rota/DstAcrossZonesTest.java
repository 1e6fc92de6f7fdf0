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
 * October), a year boundary and a leap day. For each: the night shift's real length in the shift list, the standby
 * hours in the compensation ledger (the sum of the shifts' real hours) and the feed's DTSTART/DTEND, which are the
 * local 18:00 and 08:00 with the team's TZID whatever the offset.
 */
@QuarkusTest
class DstAcrossZonesTest {

    private static final DateTimeFormatter ICS_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    static Stream<Arguments> nights() {
        return Stream.of(
                // zone, region, the date a night starts on, its real hours
                Arguments.of("Europe/Berlin", "DE-HE", "2027-03-27", 13.0),
                Arguments.of("Europe/Berlin", "DE-HE", "2027-10-30", 15.0),
                Arguments.of("America/New_York", "US-NY", "2027-03-13", 13.0),
                Arguments.of("America/New_York", "US-NY", "2027-11-06", 15.0),
                Arguments.of("Australia/Sydney", "AU", "2027-04-03", 15.0),
                Arguments.of("Australia/Sydney", "AU", "2027-10-02", 13.0),
                Arguments.of("Australia/Sydney", "AU", "2027-12-31", 14.0),
                Arguments.of("America/New_York", "US-NY", "2028-02-29", 14.0));
    }

    @ParameterizedTest(name = "{0}: the night of {2} lasts {3} h in shifts, ledger and feed")
    @MethodSource("nights")
    void nightLengthIsExactEverywhere(String zone, String region, String date, double hours) {
        ZoneId zoneId = ZoneId.of(zone);
        LocalDate night = LocalDate.parse(date);
        TeamFixture team = TeamFixture.create(zone, region);
        // a single nightly shift every day, so each date has exactly one 18:00-08:00 shift
        admin().body(Map.of("shifts", List.of(Map.of("name", "Night",
                                "dayTypes", List.of("TERM", "BREAK", "SUMMER", "WEEKEND", "PUBLIC_HOLIDAY"),
                                "start", "18:00", "end", "08:00", "weight", 1.0, "headcount", 1)),
                        "rules", Map.of("minRestHours", 0, "maxConsecutiveDays", 7, "maxShiftsPerWeek", 7)))
                .put("/api/teams/" + team.teamId + "/policy").then().statusCode(200);
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
        JsonPath ledger = admin().queryParam("from", from.toString()).queryParam("to", to.plusDays(1).toString())
                .get("/api/teams/" + team.teamId + "/compensation").then().statusCode(200).extract().jsonPath();
        List<Float> perMember = ledger.getList("members.standbyTotalHours", Float.class);
        assertThat(perMember.stream().mapToDouble(Float::doubleValue).sum()).isCloseTo(total,
                org.assertj.core.data.Offset.offset(0.01));

        // the feed: DTSTART/DTEND in local time with the team's TZID, and the zone's VTIMEZONE
        String url = admin().body(Map.of()).post("/api/teams/" + team.teamId + "/feeds").then().statusCode(201)
                .extract().jsonPath().getString("url");
        String ics = io.restassured.RestAssured.given().get(URI.create(url).getPath()).then().statusCode(200)
                .extract().asString().replace("\r\n ", "");
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:" + zone);
        LocalDateTime localStart = night.atTime(18, 0);
        LocalDateTime localEnd = night.plusDays(1).atTime(8, 0);
        assertThat(ics).contains("DTSTART;TZID=" + zone + ":" + ICS_LOCAL.format(localStart));
        assertThat(ics).contains("DTEND;TZID=" + zone + ":" + ICS_LOCAL.format(localEnd));
    }
}
