package org.standby.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/** The import over HTTP: every refusal a problem+json naming the field and the limit (issues 19, 20, 22). */
@QuarkusTest
class IcsImportLimitsTest {

    private static final String ICS = "text/calendar; charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aZoneBombIsReadInAMomentAndItsAllDayEventsImported() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .contentType(ICS)
                .body(IcsImportBoundsTest.zoneBomb("MINUTELY"))
                .post("/api/teams/" + team.teamId + "/periods/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("created", hasSize(1))
                .body("created[0].name", equalTo("Sommerferien"));
    }

    @Test
    void aFileOfTwentyMegabytesIsRefusedWith413NamingTheLimit() {
        TeamFixture team = TeamFixture.create();
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        as(team.director)
                .contentType(ICS)
                .body(huge)
                .post("/api/teams/" + team.teamId + "/periods/import")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413))
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("at most 10485760 bytes"));
    }

    @Test
    void aCalendarOverOneMebibyteIsRefusedWith413() {
        TeamFixture team = TeamFixture.create();
        String big = IcsImportBoundsTest.calendar("X-FILLER:" + "a".repeat(PeriodResourceLimits.ONE_MIB));
        as(team.director)
                .contentType(ICS)
                .body(big.getBytes(StandardCharsets.UTF_8))
                .post("/api/teams/" + team.teamId + "/periods/import?dryRun=true")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("at most 1048576 bytes"));
    }

    @Test
    void tooManyEventsAreRefusedWith413() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .contentType(ICS)
                .body(IcsImportBoundsTest.manyEvents(IcsPeriodImporter.MAX_EVENTS + 1))
                .post("/api/teams/" + team.teamId + "/periods/import?dryRun=true")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("more than 2000 events"));
    }

    @Test
    void somethingThatIsNoCalendarBrokenFoldingAndBrokenUtf8Are400() {
        TeamFixture team = TeamFixture.create();
        String imports = "/api/teams/" + team.teamId + "/periods/import?dryRun=true";
        as(team.director)
                .contentType(ICS)
                .body("%PDF-1.7\n%âãÏÓ\n1 0 obj")
                .post(imports)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("detail", containsString("BEGIN:VCALENDAR"));
        as(team.director)
                .contentType(ICS)
                .body(IcsImportBoundsTest.calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270705",
                        "SUMMARY:Sommer",
                        "ferien",
                        "END:VEVENT"))
                .post(imports)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("line 8 'ferien'"));
        byte[] latin1 = IcsImportBoundsTest.calendar(
                        "BEGIN:VEVENT",
                        "UID:a",
                        "DTSTART;VALUE=DATE:20270705",
                        "SUMMARY:Sommerferien f\u00fcr alle",
                        "END:VEVENT")
                .getBytes(StandardCharsets.ISO_8859_1);
        as(team.director)
                .contentType(ICS)
                .body(latin1)
                .post(imports)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("not UTF-8 text (line 7"));
        as(team.director)
                .contentType(ICS)
                .body(IcsImportBoundsTest.calendar(
                        "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20270229", "SUMMARY:Sommerferien", "END:VEVENT"))
                .post(imports)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("'20270229' is not a date"));
    }

    @Test
    void aWrongContentTypeNamesTextCalendar() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .contentType("application/json")
                .body("{}")
                .post("/api/teams/" + team.teamId + "/periods/import")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString("send text/calendar"));
        as(team.director)
                .contentType("text/csv")
                .body("a,b")
                .post("/api/teams/" + team.teamId + "/members")
                .then()
                .statusCode(415)
                .body("detail", containsString("send application/json"));
    }

    @Test
    void aGoogleExportWithAnEditedOccurrenceIsImported() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .contentType(ICS)
                .body(IcsImportBoundsTest.calendar(
                        "BEGIN:VEVENT",
                        "UID:half-term@google.com",
                        "DTSTART;VALUE=DATE:20261026",
                        "DTEND;VALUE=DATE:20261031",
                        "RRULE:FREQ=YEARLY;COUNT=2",
                        "SUMMARY:October Half Term",
                        "END:VEVENT",
                        "BEGIN:VEVENT",
                        "UID:half-term@google.com",
                        "RECURRENCE-ID;VALUE=DATE:20271026",
                        "DTSTART;VALUE=DATE:20271025",
                        "DTEND;VALUE=DATE:20271030",
                        "SUMMARY:October Half Term",
                        "END:VEVENT"))
                .post("/api/teams/" + team.teamId + "/periods/import")
                .then()
                .statusCode(201)
                .body("created", hasSize(2))
                .body("created[1].start", equalTo("2027-10-25"))
                .body("skipped", hasSize(0));
    }

    @Test
    void aUriTooLongAndABodyTooLargeAreProblemsEverywhere() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .get("/api/teams/" + team.teamId + "/calendar?from=" + "9".repeat(9000))
                .then()
                .statusCode(414)
                .contentType(PROBLEM)
                .body("status", equalTo(414))
                .body("errors[0].field", equalTo("uri"));
        byte[] json = new byte[11 * 1024 * 1024];
        Arrays.fill(json, (byte) ' ');
        RestAssured.given()
                .auth()
                .preemptive()
                .basic(team.director, org.standby.support.Api.PASSWORD)
                .contentType("application/json")
                .body(json)
                .post("/api/teams/" + team.teamId + "/members")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    /** The resource's limit, spelled out so that the test reads as the documentation. */
    private static final class PeriodResourceLimits {
        static final int ONE_MIB = 1024 * 1024;
    }
}
