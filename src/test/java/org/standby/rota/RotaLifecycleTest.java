package org.standby.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

@QuarkusTest
class RotaLifecycleTest {

    private static long createRota(TeamFixture team, String from, String to) {
        return as(team.director)
                .body(Map.of("name", "Rota " + from, "from", from, "to", to))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void aDraftHasOneShiftPerDayUnderTheDefaultPolicyAndEveryShiftIsAssignedOrAGap() {
        TeamFixture team = TeamFixture.create();
        long rotaId = createRota(team, "2027-01-01", "2027-01-31");
        JsonPath shifts = as(team.director)
                .get("/api/rotas/" + rotaId + "/shifts")
                .then()
                .statusCode(200)
                .body("$", hasSize(31))
                .extract()
                .jsonPath();
        List<Map<String, Object>> all = shifts.getList("$");
        assertThat(all)
                .allSatisfy(s -> assertThat(s.get("memberId") != null || s.get("gapReason") != null)
                        .isTrue());
        // 1 January is a public holiday in Hesse, 2 January a Saturday, 4 January a Monday
        assertThat(all.get(0)).containsEntry("dayType", "PUBLIC_HOLIDAY");
        assertThat(all.get(1)).containsEntry("dayType", "WEEKEND").containsEntry("start", "2027-01-02T08:00:00+01:00");
        assertThat(all.get(3))
                .containsEntry("dayType", "TERM")
                .containsEntry("start", "2027-01-04T18:00:00+01:00")
                .containsEntry("end", "2027-01-05T08:00:00+01:00");
    }

    @Test
    void shiftsAcrossTheSpringDstChangeAreAnHourShorter() {
        TeamFixture team = TeamFixture.create();
        long rotaId = createRota(team, "2027-03-26", "2027-03-29");
        // Saturday 27 March 2027 08:00 to Sunday 08:00 contains the change at 02:00: 23 real hours
        as(team.director)
                .get("/api/rotas/" + rotaId + "/shifts")
                .then()
                .statusCode(200)
                .body("find { it.date == '2027-03-27' }.hours", equalTo(23.0f))
                .body("find { it.date == '2027-03-27' }.end", equalTo("2027-03-28T08:00:00+02:00"))
                .body("find { it.date == '2027-03-28' }.hours", equalTo(24.0f));
    }

    @Test
    void draftsAreForDirectorsAndPublishingMakesThemVisible() {
        TeamFixture team = TeamFixture.create();
        long rotaId = createRota(team, "2027-02-01", "2027-02-28");
        as(team.member).get("/api/rotas/" + rotaId).then().statusCode(404);
        as(team.member).post("/api/rotas/" + rotaId + "/publish").then().statusCode(403);
        as(team.viewer)
                .get("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        as(team.director)
                .post("/api/rotas/" + rotaId + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as(team.member).get("/api/rotas/" + rotaId).then().statusCode(200);
        as(team.viewer)
                .get("/api/rotas/" + rotaId + "/shifts")
                .then()
                .statusCode(200)
                .body("$", hasSize(28));
        as(team.director).post("/api/rotas/" + rotaId + "/regenerate").then().statusCode(409);
        as(team.director).post("/api/rotas/" + rotaId + "/publish").then().statusCode(409);
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("rota.create", "rota.publish"));
    }

    @Test
    void twoPublishedRotasOfATeamMayNotOverlap() {
        TeamFixture team = TeamFixture.create();
        long first = createRota(team, "2027-05-01", "2027-05-31");
        long second = createRota(team, "2027-05-20", "2027-06-10");
        as(team.director).post("/api/rotas/" + first + "/publish").then().statusCode(200);
        as(team.director)
                .post("/api/rotas/" + second + "/publish")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(String.valueOf(first)));
        as(team.director).get("/api/rotas/" + second).then().body("status", equalTo("DRAFT"));
        as(team.director)
                .post("/api/rotas/" + first + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        as(team.director).post("/api/rotas/" + second + "/publish").then().statusCode(200);
    }

    @Test
    void onCallAndTeamShiftsShowPublishedShiftsOnly() {
        TeamFixture team = TeamFixture.create();
        long rotaId = createRota(team, "2027-06-07", "2027-06-13");
        String at = "/api/teams/" + team.teamId + "/on-call?at=2027-06-08T23:00:00Z";
        as(team.viewer).get(at).then().statusCode(200).body("onCall", hasSize(0));
        as(team.director).post("/api/rotas/" + rotaId + "/publish").then().statusCode(200);
        as(team.viewer)
                .get(at)
                .then()
                .statusCode(200)
                .body("onCall", hasSize(1))
                .body("onCall[0].shiftName", equalTo("Weeknight"))
                .body("onCall[0].name", notNullValue())
                .body("onCall[0].phone", equalTo(null));
        as(team.member).get(at).then().statusCode(200).body("onCall[0].phone", notNullValue());
        as(team.member)
                .get("/api/teams/" + team.teamId + "/shifts?from=2027-06-07&to=2027-06-13")
                .then()
                .statusCode(200)
                .body("$", hasSize(7));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/on-call?at=tomorrow")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("at"));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/shifts?from=2027-06-13&to=2027-06-07")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void badRangesAreNamed() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of("name", "Backwards", "from", "2027-03-01", "to", "2027-02-01"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(team.director)
                .body(Map.of("name", "Too long", "from", "2027-01-01", "to", "2028-12-31"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(400);
        as(team.director)
                .body(Map.of("name", "Bad date", "from", "2027-02-30", "to", "2027-03-01"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as(team.director).get("/api/teams/" + team.teamId + "/rotas").then().body("$", hasSize(0));
    }

    @Test
    void approvedLeaveIsRespectedAndFairnessIsReported() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of("memberId", team.memberId, "start", "2027-09-06", "end", "2027-09-12", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"));
        long rotaId = createRota(team, "2027-09-01", "2027-09-30");
        List<Map<String, Object>> shifts = as(team.director)
                .get("/api/rotas/" + rotaId + "/shifts")
                .then()
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(shifts)
                .filteredOn(s -> ((String) s.get("date")).compareTo("2027-09-05") >= 0
                        && ((String) s.get("date")).compareTo("2027-09-12") <= 0)
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("memberId")).isNotEqualTo((int) team.memberId));
        as(team.member).get("/api/rotas/" + rotaId + "/fairness").then().statusCode(404);
        as(team.director)
                .get("/api/rotas/" + rotaId + "/fairness")
                .then()
                .statusCode(200)
                .body("members", hasSize(2))
                .body("members.memberId", hasItem((int) team.memberId))
                .body("explanations", notNullValue())
                .body("maxDeviation", notNullValue());
    }
}
