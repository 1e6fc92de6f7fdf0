package org.standby.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standby.support.TeamFixture;

/**
 * The load thresholds are team settings (issue 20): set through the team API with defaults and validation, read by
 * the load report, and when the promised cover cannot stay within them with the team, the fairness report says so.
 */
@QuarkusTest
class TeamLoadLimitsTest {

    private static Map<String, Object> teamBody(TeamFixture team) {
        Map<String, Object> body = new HashMap<>(admin().get("/api/teams/" + team.teamId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        body.remove("id");
        return body;
    }

    @Test
    void aNewTeamHasTheDefaultThresholdsAndTheDirectorChangesThem() {
        TeamFixture team = TeamFixture.create();
        admin().get("/api/teams/" + team.teamId)
                .then()
                .statusCode(200)
                .body("maxHoursOnCallPerMonth", equalTo(160))
                .body("maxWeekendsPerMonth", equalTo(2))
                .body("maxNightsInARow", equalTo(3));
        Map<String, Object> body = teamBody(team);
        body.put("maxHoursOnCallPerMonth", 100);
        body.remove("maxWeekendsPerMonth"); // omitted: unchanged
        as(team.director)
                .body(body)
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(200)
                .body("maxHoursOnCallPerMonth", equalTo(100))
                .body("maxWeekendsPerMonth", equalTo(2));
        as(team.director)
                .get("/api/teams/" + team.teamId + "/load?from=2027-09-01&to=2027-09-30")
                .then()
                .statusCode(200)
                .body("thresholds.maxHoursOnCallPerMonth", equalTo(100.0f))
                .body("members[0].months[0].hoursLimit", equalTo(100.0f));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "maxHoursOnCallPerMonth,0",
        "maxHoursOnCallPerMonth,745",
        "maxWeekendsPerMonth,-1",
        "maxWeekendsPerMonth,6",
        "maxNightsInARow,0",
        "maxNightsInARow,32"
    })
    void eachBadThresholdIsNamed(String field, int value) {
        TeamFixture team = TeamFixture.create();
        String before = admin().get("/api/teams/" + team.teamId).asString();
        Map<String, Object> body = teamBody(team);
        body.put(field, value);
        as(team.director)
                .body(body)
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
        assertThat(admin().get("/api/teams/" + team.teamId).asString()).isEqualTo(before);
    }

    @Test
    void whenTheTeamCannotCoverThePromiseWithinTheThresholdTheFairnessReportSaysSo() {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> body = teamBody(team);
        body.put("maxHoursOnCallPerMonth", 100);
        as(team.director).body(body).put("/api/teams/" + team.teamId).then().statusCode(200);
        long rotaId = as(team.director)
                .body(Map.of("name", "September", "from", "2027-09-01", "to", "2027-09-30"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        // a full-timer and a half-timer (100 h and 50 h) cannot cover a month of nights and weekends (500 h)
        List<String> explanations = as(team.director)
                .get("/api/rotas/" + rotaId + "/fairness")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("explanations", String.class);
        assertThat(explanations)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("September 2027: 2 members (1.5 FTE) cannot cover ")
                        .contains("within 100 h a month each (FTE-scaled): at least ")
                        .endsWith(" full-time members needed"));
    }

    @Test
    void aTeamThatCanKeepTheThresholdHearsNothingAboutIt() {
        TeamFixture team = TeamFixture.create();
        Map<String, Object> body = teamBody(team);
        body.put("maxHoursOnCallPerMonth", 744);
        body.put("maxWeekendsPerMonth", 5);
        as(team.director).body(body).put("/api/teams/" + team.teamId).then().statusCode(200);
        long rotaId = as(team.director)
                .body(Map.of("name", "September", "from", "2027-09-01", "to", "2027-09-30"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(team.director)
                .get("/api/rotas/" + rotaId + "/fairness")
                .then()
                .statusCode(200)
                .body(
                        "explanations",
                        org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.containsString("cannot cover"))));
    }
}
