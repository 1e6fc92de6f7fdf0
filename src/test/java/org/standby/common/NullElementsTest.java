package org.standby.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/**
 * The 500s of issue 21: null or empty list elements and dates beyond any calendar are 400 problems naming the
 * field (roles[0], shifts[0].dayTypes[0]), and nothing is stored.
 */
@QuarkusTest
class NullElementsTest {

    private static final String RULES =
            "\"rules\":{\"minRestHours\":10,\"maxConsecutiveDays\":3,\"maxShiftsPerWeek\":4}";
    private static final String NULL_DAY_TYPE =
            "{\"shifts\":[{\"name\":\"Night\",\"dayTypes\":[null],\"start\":\"18:00\","
                    + "\"end\":\"08:00\",\"weight\":1}]," + RULES + "}";

    private static void namesField(ValidatableResponse answer, String field) {
        answer.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNullRoleOfANewUser() {
        namesField(
                admin().body("{\"username\":\"nullrole\",\"password\":\"long-enough-pw\",\"roles\":[null]}")
                        .post("/api/users")
                        .then(),
                "roles[0]");
        admin().get("/api/users/nullrole").then().statusCode(404);
    }

    @Test
    void aNullRoleOfAChangedUser() {
        admin().body(Map.of("username", "nullrole2", "password", "long-enough-pw", "roles", List.of("viewer")))
                .post("/api/users")
                .then()
                .statusCode(201);
        namesField(
                admin().body("{\"roles\":[\"viewer\",null]}")
                        .put("/api/users/nullrole2")
                        .then(),
                "roles[1]");
        admin().get("/api/users/nullrole2").then().statusCode(200).body("roles", equalTo(List.of("viewer")));
    }

    @Test
    void aNullRoleOfAnApiToken() {
        namesField(
                admin().body("{\"name\":\"null role\",\"roles\":[null]}")
                        .post("/api/api-tokens")
                        .then(),
                "roles[0]");
    }

    @Test
    void aPeriodFromTheFirstToTheLastDayJavaKnows() {
        TeamFixture team = TeamFixture.create();
        String path = "/api/teams/" + team.teamId + "/periods";
        namesField(
                as(team.director)
                        .body("{\"name\":\"Forever\",\"kind\":\"TERM\",\"start\":\"-999999999-01-01\","
                                + "\"end\":\"+999999999-12-31\"}")
                        .post(path)
                        .then(),
                "start");
        as(team.director).get(path).then().statusCode(200).body("name", org.hamcrest.Matchers.not(hasItem("Forever")));
    }

    @Test
    void aNullOrEmptyAlarmOfAMemberFeed() {
        TeamFixture team = TeamFixture.create();
        String path = "/api/members/" + team.memberId + "/feeds";
        namesField(
                as(team.director).body("{\"alarmMinutes\":[null]}").post(path).then(), "alarmMinutes[0]");
        namesField(
                as(team.director)
                        .body("{\"alarmMinutes\":[60,\"\"]}")
                        .post(path)
                        .then(),
                "alarmMinutes[1]");
    }

    @Test
    void aNullOrEmptyAlarmOfATeamFeed() {
        TeamFixture team = TeamFixture.create();
        String path = "/api/teams/" + team.teamId + "/feeds";
        namesField(
                as(team.director).body("{\"alarmMinutes\":[null]}").post(path).then(), "alarmMinutes[0]");
        namesField(
                as(team.director).body("{\"alarmMinutes\":[\"\"]}").post(path).then(), "alarmMinutes[0]");
    }

    @Test
    void aNullShiftOrDayTypeOfAPolicy() {
        TeamFixture team = TeamFixture.create();
        String path = "/api/teams/" + team.teamId + "/policy";
        namesField(
                as(team.director)
                        .body("{\"shifts\":[null]," + RULES + "}")
                        .put(path)
                        .then(),
                "shifts[0]");
        namesField(as(team.director).body(NULL_DAY_TYPE).put(path).then(), "shifts[0].dayTypes[0]");
        as(team.director).get(path).then().statusCode(200).body("shifts.name", hasItem("Weeknight"));
    }

    @Test
    void aNullShiftOrDayTypeOfAWhatIf() {
        TeamFixture team = TeamFixture.create();
        String path = "/api/teams/" + team.teamId + "/what-if";
        String range = "\"from\":\"2027-01-04\",\"to\":\"2027-01-10\"";
        namesField(
                as(team.director)
                        .body("{" + range + ",\"policy\":{\"shifts\":[null]," + RULES + "}}")
                        .post(path)
                        .then(),
                "policy.shifts[0]");
        namesField(
                as(team.director)
                        .body("{" + range + ",\"policy\":" + NULL_DAY_TYPE + "}")
                        .post(path)
                        .then(),
                "policy.shifts[0].dayTypes[0]");
    }
}
