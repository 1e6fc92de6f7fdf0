package org.standby.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/** Issue 22: values are refused, not changed on the way in; each answer is a 400 naming the field. */
@QuarkusTest
class StrictJsonTest {

    private static final String PROBLEM = "application/problem+json";

    private static void refused(TeamFixture team, String path, String json, String field) {
        as(team.director)
                .body(json)
                .post(path)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void datesAreIsoDatesOfSupportedYearsNeverNumbers() {
        TeamFixture team = TeamFixture.create();
        String absences = "/api/teams/" + team.teamId + "/absences";
        String body = "{\"memberId\":" + team.memberId + ",\"start\":%s,\"end\":\"2027-06-02\",\"kind\":\"VACATION\"}";
        refused(team, absences, body.formatted("\"-0001-06-01\""), "start");
        refused(team, absences, body.formatted("\"+12027-06-01\""), "start");
        refused(team, absences, body.formatted("\"1899-12-31\""), "start");
        refused(team, absences, body.formatted("20270601"), "start");
        refused(team, absences, body.formatted("[2027,6,1]"), "start");
        refused(team, absences, body.formatted("\"2027-02-29\""), "start");
        as(team.director)
                .body(body.formatted("\"-0001-06-01\""))
                .post(absences)
                .then()
                .body("detail", containsString("years 1900 to 2999"));
    }

    @Test
    void enumsAreNamedAndWholeNumbersAreWhole() {
        TeamFixture team = TeamFixture.create();
        refused(
                team,
                "/api/teams/" + team.teamId + "/absences",
                "{\"memberId\":" + team.memberId + ",\"start\":\"2027-06-01\",\"end\":\"2027-06-02\",\"kind\":1}",
                "kind");
        String policy = "/api/teams/" + team.teamId + "/policy";
        String document = as(team.director)
                .get(policy)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceFirst("\"minRestHours\":\\d+", "\"minRestHours\":3.5");
        as(team.director)
                .body(document)
                .put(policy)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("rules.minRestHours"));
    }

    @Test
    void aHandoverAt2400IsNoTime() {
        TeamFixture team = TeamFixture.create();
        org.standby.support.Api.admin()
                .body("{\"name\":\"T\",\"timeZone\":\"Europe/Berlin\",\"holidayRegion\":\"DE-HE\","
                        + "\"handoverTime\":\"24:00\"}")
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("handoverTime"));
    }

    @Test
    void namesWithNulOrBrokenUtf16AreRefused() {
        TeamFixture team = TeamFixture.create();
        String members = "/api/teams/" + team.teamId + "/members";
        String member = "{\"name\":\"%s\",\"email\":\"x@school.example\",\"fte\":1.0}";
        refused(team, members, member.formatted("Ana\\u0000Costa"), "name");
        refused(team, members, member.formatted("Ana \\ud800Costa"), "name");
        refused(team, members, member.formatted("Ana \\udc00"), "name");
        as(team.director)
                .body(member.formatted("Ana \\u0000"))
                .post(members)
                .then()
                .body("detail", containsString("control character (U+0000)"));
        // real astral characters (a surrogate pair) are text
        as(team.director)
                .body(member.formatted("Ana \\ud83d\\ude00 Costa"))
                .post(members)
                .then()
                .statusCode(201);
    }
}
