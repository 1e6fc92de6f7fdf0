package org.standby.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

@QuarkusTest
class CalendarResourceTest {

    private static final String ICS = "text/calendar; charset=UTF-8";

    @Inject
    CalendarService calendarService;

    @Test
    void hesseHolidaysFor2027IncludeCorpusChristiAndNoReformationDay() {
        TeamFixture team = TeamFixture.create();
        as(team.viewer)
                .get("/api/holidays?region=de-he&year=2027")
                .then()
                .statusCode(200)
                .body("date", hasItem("2027-05-27"))
                .body("find { it.date == '2027-05-27' }.name", equalTo("Corpus Christi"))
                .body("date", not(hasItem("2027-10-31")));
    }

    @Test
    void italianHolidaysFor2027IncludeEasterMondayAndFerragosto() {
        admin().get("/api/holidays?region=IT&year=2027")
                .then()
                .statusCode(200)
                .body("find { it.date == '2027-03-29' }.name", equalTo("Easter Monday"))
                .body("date", hasItem("2027-08-15"));
    }

    @Test
    void anUnknownRegionIsA400NamingTheSupportedOnes() {
        admin().get("/api/holidays?region=Atlantis&year=2027")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", containsString("DE, DJ"))
                .body("errors[0].message", containsString("GET /api/holidays/regions"));
        admin().get("/api/holidays?year=2027").then().statusCode(400).body("errors[0].field", equalTo("region"));
        admin().get("/api/holidays?region=DE-HE&year=twenty")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void regionsListCountriesAndSubdivisions() {
        admin().get("/api/holidays/regions")
                .then()
                .statusCode(200)
                .body("code", hasItems("DE-HE", "DE-BY", "IT", "GB-ENG", "CH-ZH", "NL", "FR", "ES-MD", "US-NY"))
                .body("find { it.code == 'GB-ENG' }.name", containsString("England"));
    }

    @Test
    void aTeamCannotBeCreatedInAnUnknownRegionAndStoresTheCanonicalCode() {
        admin().body(Map.of(
                        "name",
                        "Nowhere",
                        "timeZone",
                        "Europe/Berlin",
                        "holidayRegion",
                        "DE-XX",
                        "handoverTime",
                        "08:00"))
                .post("/api/teams")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("holidayRegion"))
                .body("errors[0].message", containsString("DE-HE"));
        admin().body(Map.of(
                        "name",
                        "London",
                        "timeZone",
                        "Europe/London",
                        "holidayRegion",
                        "uk-eng",
                        "handoverTime",
                        "08:00"))
                .post("/api/teams")
                .then()
                .statusCode(201)
                .body("holidayRegion", equalTo("GB-ENG"));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsA400NamingEnd() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(period("Herbstferien", "BREAK", "2027-10-16", "2027-10-04"))
                .post("/api/teams/" + team.teamId + "/periods")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
    }

    @Test
    void overlappingPeriodsAreRefusedWith409NamingTheClash() {
        TeamFixture team = TeamFixture.create();
        String periods = "/api/teams/" + team.teamId + "/periods";
        long summer = as(team.director)
                .body(period("Sommerferien", "SUMMER", "2027-06-28", "2027-08-06"))
                .post(periods)
                .then()
                .statusCode(201)
                .header("Location", containsString(periods + "/"))
                .extract()
                .jsonPath()
                .getLong("id");

        as(team.director)
                .body(period("Projektwoche", "TERM", "2027-08-02", "2027-08-13"))
                .post(periods)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("'Projektwoche'"))
                .body("detail", containsString("period " + summer + " 'Sommerferien' (SUMMER 2027-06-28..2027-08-06)"));
        // touching is not overlapping
        as(team.director)
                .body(period("Schuljahr", "TERM", "2027-08-07", "2027-10-01"))
                .post(periods)
                .then()
                .statusCode(201);
        as(team.member).get(periods).then().statusCode(200).body("name", contains("Sommerferien", "Schuljahr"));
    }

    @Test
    void theCalendarAppliesPrecedenceOverridesAndPeriods() {
        TeamFixture team = TeamFixture.create();
        String base = "/api/teams/" + team.teamId;
        as(team.director)
                .body(period("Sommerferien", "SUMMER", "2027-06-28", "2027-08-06"))
                .post(base + "/periods")
                .then()
                .statusCode(201);
        as(team.director)
                .body(Map.of("date", "2027-07-01", "kind", "CLOSURE", "name", "Founders' Day"))
                .post(base + "/calendar/overrides")
                .then()
                .statusCode(201);
        as(team.director)
                .body(Map.of("date", "2027-05-27", "kind", "WORKING_DAY"))
                .post(base + "/calendar/overrides")
                .then()
                .statusCode(201)
                .body("name", equalTo("Corpus Christi"));

        as(team.member)
                .get(base + "/calendar?from=2027-12-24&to=2027-12-27")
                .then()
                .statusCode(200)
                .body("dayType", contains("TERM", "PUBLIC_HOLIDAY", "PUBLIC_HOLIDAY", "TERM"))
                .body("[1].holiday", equalTo("1st Christmas day"));
        as(team.viewer)
                .get(base + "/calendar?from=2027-06-30&to=2027-07-03")
                .then()
                .statusCode(200)
                .body("dayType", contains("SUMMER", "PUBLIC_HOLIDAY", "SUMMER", "WEEKEND"))
                .body("[1].holiday", equalTo("Founders' Day"))
                .body("period", contains("Sommerferien", "Sommerferien", "Sommerferien", "Sommerferien"));
        as(team.member)
                .get(base + "/calendar?from=2027-05-27&to=2027-05-27")
                .then()
                .statusCode(200)
                .body("[0].dayType", equalTo("TERM"))
                .body("[0].holiday", nullValue());

        var dayTypes = calendarService.dayTypes(team.teamId, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 5));
        org.assertj.core.api.Assertions.assertThat(dayTypes.values())
                .containsExactly(
                        DayType.PUBLIC_HOLIDAY, DayType.SUMMER, DayType.WEEKEND, DayType.WEEKEND, DayType.SUMMER);
    }

    @Test
    void theCalendarIsRefusedBeyondTwoYearsAndBackwards() {
        TeamFixture team = TeamFixture.create();
        String calendar = "/api/teams/" + team.teamId + "/calendar";
        as(team.member)
                .get(calendar + "?from=2027-01-01&to=2028-12-31")
                .then()
                .statusCode(200)
                .body("$", hasSize(731));
        as(team.member)
                .get(calendar + "?from=2027-01-01&to=2029-01-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", containsString("2 years"));
        as(team.member)
                .get(calendar + "?from=2027-02-01&to=2027-01-31")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(team.member)
                .get(calendar + "?from=2027-02-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void overridesAreValidatedAndOnePerDay() {
        TeamFixture team = TeamFixture.create();
        String overrides = "/api/teams/" + team.teamId + "/calendar/overrides";
        as(team.director)
                .body(Map.of("date", "2027-05-28", "kind", "WORKING_DAY"))
                .post(overrides)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", containsString("no public holiday in DE-HE"));
        as(team.director)
                .body(Map.of("date", "2027-05-28", "kind", "CLOSURE"))
                .post(overrides)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        as(team.director)
                .body(Map.of("date", "2027-05-28", "kind", "CLOSURE", "name", "Brückentag"))
                .post(overrides)
                .then()
                .statusCode(201);
        as(team.director)
                .body(Map.of("date", "2027-05-28", "kind", "CLOSURE", "name", "again"))
                .post(overrides)
                .then()
                .statusCode(409)
                .body("detail", containsString("Brückentag"));
    }

    @Test
    void anEnglishSchoolCalendarIsImportedAllAtOnce() {
        TeamFixture team = TeamFixture.create("Europe/London", "GB-ENG");
        String periods = "/api/teams/" + team.teamId + "/periods";

        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import")
                .then()
                .statusCode(201)
                .body("dryRun", equalTo(false))
                .body("created", hasSize(12))
                .body("created.findAll { it.id == null }", empty())
                .body(
                        "created[3].name",
                        equalTo("Christmas Holidays — Weihnachtsferien für unsere Gastschülerinnen und Gastschüler"))
                .body("created.find { it.name == 'Summer Holidays' }.kind", equalTo("SUMMER"))
                .body("created.find { it.name == 'Summer Holidays' }.end", equalTo("2027-08-31"))
                .body(
                        "skipped.find { it.summary == 'IT Helpdesk drop-in for staff' }.reason",
                        equalTo("timed event, not a period (recurring)"))
                .body("skipped.find { it.summary.startsWith('INSET') }.reason", containsString("INSET"));

        as(team.member).get(periods).then().statusCode(200).body("$", hasSize(12));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/calendar?from=2027-02-15&to=2027-02-15")
                .then()
                .body("[0].dayType", equalTo("BREAK"))
                .body("[0].period", equalTo("Spring Half-Term"));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/calendar?from=2027-08-30&to=2027-08-31")
                .then()
                .body("dayType", contains("PUBLIC_HOLIDAY", "SUMMER"))
                .body("[0].holiday", equalTo("Summer Bank Holiday"));

        // a second import of the same calendar changes nothing
        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import")
                .then()
                .statusCode(201)
                .body("created", empty())
                .body("skipped.reason", hasItem(containsString("already stored as period")));
        as(team.member).get(periods).then().body("$", hasSize(12));
    }

    @Test
    void aDryRunShowsThePlanAndStoresNothing() {
        TeamFixture team = TeamFixture.create("Europe/London", "GB-ENG");
        String periods = "/api/teams/" + team.teamId + "/periods";

        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import?dryRun=true&map=inset:BREAK")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", hasSize(13))
                .body("created.findAll { it.id != null }", empty())
                .body("created.name", hasItem("INSET Day (school closed to pupils)"))
                .body("clashes", empty());

        as(team.member).get(periods).then().statusCode(200).body("$", empty());
    }

    @Test
    void anImportThatOverlapsAStoredPeriodIsRefusedWholeWith409() {
        TeamFixture team = TeamFixture.create("Europe/London", "GB-ENG");
        String periods = "/api/teams/" + team.teamId + "/periods";
        as(team.director)
                .body(period("Ski trip", "BREAK", "2027-02-18", "2027-02-24"))
                .post(periods)
                .then()
                .statusCode(201);

        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("clashes", hasSize(2));
        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import")
                .then()
                .statusCode(409)
                .body("detail", containsString("nothing was imported"))
                .body("detail", containsString("'Spring Half-Term' (BREAK 2027-02-15..2027-02-19)"))
                .body("detail", containsString("'Ski trip'"));

        as(team.member).get(periods).then().body("name", contains("Ski trip"));
    }

    @Test
    void aMalformedCalendarIsA400NamingTheLineAndNothingIsImported() {
        TeamFixture team = TeamFixture.create("Europe/London", "GB-ENG");
        String periods = "/api/teams/" + team.teamId + "/periods";
        String broken = IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics")
                .replace("DTEND;VALUE=DATE:20270901", "DTEND;VALUE=DATE:2027-09-01");
        int line = List.of(broken.split("\r\n")).indexOf("DTEND;VALUE=DATE:2027-09-01") + 1;

        as(team.director)
                .contentType(ICS)
                .body(broken)
                .post(periods + "/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("line " + line + " 'DTEND;VALUE=DATE:2027-09-01'"));
        as(team.director)
                .contentType(ICS)
                .body("")
                .post(periods + "/import")
                .then()
                .statusCode(400);
        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import?map=inset")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("map"));
        as(team.director)
                .contentType(ICS)
                .body(IcsPeriodImporterTest.fixture("ashbourne-2026-27.ics"))
                .post(periods + "/import?dryRun=perhaps")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));

        as(team.member).get(periods).then().body("$", empty());
    }

    private static Map<String, String> period(String name, String kind, String start, String end) {
        return Map.of("name", name, "kind", kind, "start", start, "end", end);
    }
}
