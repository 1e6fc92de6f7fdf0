package org.standby.policy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

@QuarkusTest
class PolicyResourceTest {

    private static Map<String, Object> shift(
            String name, List<String> dayTypes, String start, String end, Object weight) {
        return Map.of("name", name, "dayTypes", dayTypes, "start", start, "end", end, "weight", weight, "headcount", 1);
    }

    private static Map<String, Object> rules() {
        return Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4);
    }

    @Test
    void aNewTeamHasTheDocumentedDefault() {
        TeamFixture team = TeamFixture.create();
        as(team.viewer)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts.name", hasItem("Weeknight"))
                .body("shifts.find { it.name == 'Weeknight' }.start", equalTo("18:00"))
                .body("shifts.find { it.name == 'Weeknight' }.end", equalTo("08:00"))
                .body("shifts.find { it.name == 'Weekend day' }.weight", equalTo(2.0f))
                .body("rules.minRestHours", equalTo(10));
    }

    @Test
    void aDirectorReplacesThePolicyAndItIsAudited() {
        TeamFixture team = TeamFixture.create();
        var body = Map.of(
                "shifts",
                List.of(
                        shift("Night", List.of("TERM", "BREAK", "SUMMER"), "19:00", "07:00", 1),
                        shift("Weekend", List.of("WEEKEND", "PUBLIC_HOLIDAY"), "07:00", "07:00", 2.5)),
                "rules",
                rules());
        as(team.director)
                .body(body)
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts", hasSize(2));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .body("shifts[0].start", equalTo("19:00"));
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("items.action", hasItem("policy.update"));
    }

    @Test
    void membersCannotChangeThePolicy() {
        TeamFixture team = TeamFixture.create();
        as(team.member)
                .body(Map.of("shifts", List.of(shift("N", List.of("TERM"), "18:00", "08:00", 1)), "rules", rules()))
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(403);
    }

    @Test
    void aNegativeWeightIsNamed() {
        TeamFixture team = TeamFixture.create();
        var body = Map.of("shifts", List.of(shift("Night", List.of("TERM"), "18:00", "08:00", -1)), "rules", rules());
        admin().body(body)
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("shifts[0].weight"));
        admin().get("/api/teams/" + team.teamId + "/policy").then().body("shifts.name", hasItem("Weeknight"));
    }

    @Test
    void anUnknownDayTypeIsNamed() {
        TeamFixture team = TeamFixture.create();
        var body = Map.of(
                "shifts", List.of(shift("Night", List.of("TERM", "FULL_MOON"), "18:00", "08:00", 1)), "rules", rules());
        admin().body(body)
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shifts[0].dayTypes[1]"));
    }

    @Test
    void overlappingTemplatesForOneDayTypeAreRefused() {
        TeamFixture team = TeamFixture.create();
        var body = Map.of(
                "shifts",
                List.of(
                        shift("Evening", List.of("TERM"), "17:00", "23:00", 1),
                        shift("Night", List.of("TERM"), "22:00", "08:00", 1)),
                "rules",
                rules());
        admin().body(body)
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("shifts[1]")));
    }
}
