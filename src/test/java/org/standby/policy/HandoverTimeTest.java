package org.standby.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 20: the team's handoverTime was stored but shifts still handed over at 08:00. The default policy's nights
 * end and its 24-hour shifts start at the hand-over; a stored policy's times that were the old hand-over move with
 * it; a move that would make the policy invalid is refused, naming handoverTime.
 */
@QuarkusTest
class HandoverTimeTest {

    private static void handover(TeamFixture team, String time, int status) {
        JsonPath current = as(team.director)
                .get("/api/teams/" + team.teamId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        as(team.director)
                .body(Map.of(
                        "name",
                        current.getString("name"),
                        "timeZone",
                        current.getString("timeZone"),
                        "holidayRegion",
                        current.getString("holidayRegion"),
                        "handoverTime",
                        time))
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(status);
    }

    private static Map<String, Map<String, Object>> shiftsByName(TeamFixture team) {
        List<Map<String, Object>> shifts = as(team.director)
                .get("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        return shifts.stream().collect(java.util.stream.Collectors.toMap(s -> (String) s.get("name"), s -> s));
    }

    @Test
    void theDefaultPolicyHandsOverAtTheTeamsTime() {
        TeamFixture team = TeamFixture.create();
        handover(team, "07:30", 200);

        Map<String, Map<String, Object>> policy = shiftsByName(team);
        assertThat(policy.get("Weeknight")).containsEntry("start", "18:00").containsEntry("end", "07:30");
        assertThat(policy.get("Weekend day")).containsEntry("start", "07:30").containsEntry("end", "07:30");
        assertThat(policy.get("Public holiday")).containsEntry("start", "07:30").containsEntry("end", "07:30");

        // Monday 2031-03-03 to Sunday 2031-03-09: nights end, weekend days start and end, at 07:30
        RotaFixture draft = RotaFixture.draft(team, "2031-03-03", "2031-03-09");
        assertThat(draft.shifts()).hasSize(7).allSatisfy(shift -> {
            OffsetDateTime end = OffsetDateTime.parse(shift.end());
            assertThat(end.toLocalTime()).hasToString("07:30");
        });
        assertThat(draft.shifts())
                .filteredOn(s -> s.date().equals("2031-03-08"))
                .singleElement()
                .satisfies(s -> assertThat(OffsetDateTime.parse(s.start()).toLocalTime())
                        .hasToString("07:30"));
    }

    @Test
    void aStoredPolicysHandOverTimesMoveWithTheTeamAndItsOwnTimesStay() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of(
                        "shifts",
                                List.of(
                                        Map.of(
                                                "name",
                                                "Night",
                                                "dayTypes",
                                                List.of("TERM", "BREAK"),
                                                "start",
                                                "18:00",
                                                "end",
                                                "08:00",
                                                "weight",
                                                1),
                                        Map.of(
                                                "name",
                                                "Weekend",
                                                "dayTypes",
                                                List.of("WEEKEND", "PUBLIC_HOLIDAY"),
                                                "start",
                                                "08:00",
                                                "end",
                                                "08:00",
                                                "weight",
                                                2),
                                        Map.of(
                                                "name",
                                                "Late check",
                                                "dayTypes",
                                                List.of("SUMMER"),
                                                "start",
                                                "20:00",
                                                "end",
                                                "23:00",
                                                "weight",
                                                0.5)),
                        "rules", Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4)))
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200);

        handover(team, "07:00", 200);

        Map<String, Map<String, Object>> policy = shiftsByName(team);
        assertThat(policy.get("Night")).containsEntry("start", "18:00").containsEntry("end", "07:00");
        assertThat(policy.get("Weekend")).containsEntry("start", "07:00").containsEntry("end", "07:00");
        assertThat(policy.get("Late check")).containsEntry("start", "20:00").containsEntry("end", "23:00");
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("items.reason", hasItem("hand-over moved from 08:00 to 07:00"));
    }

    @Test
    void aHandOverThatWouldBreakThePolicyIsRefusedAndNothingChanges() {
        TeamFixture team = TeamFixture.create();
        as(team.director)
                .body(Map.of(
                        "shifts",
                                List.of(
                                        Map.of(
                                                "name",
                                                "Morning",
                                                "dayTypes",
                                                List.of("TERM"),
                                                "start",
                                                "08:00",
                                                "end",
                                                "12:00",
                                                "weight",
                                                1),
                                        Map.of(
                                                "name",
                                                "Afternoon",
                                                "dayTypes",
                                                List.of("TERM"),
                                                "start",
                                                "12:00",
                                                "end",
                                                "18:00",
                                                "weight",
                                                1)),
                        "rules", Map.of("minRestHours", 10, "maxConsecutiveDays", 3, "maxShiftsPerWeek", 4)))
                .put("/api/teams/" + team.teamId + "/policy")
                .then()
                .statusCode(200);

        // Morning would run 13:00 to 12:00 the next day, over the afternoon
        as(team.director).get("/api/teams/" + team.teamId).then().statusCode(200);
        JsonPath current = as(team.director)
                .get("/api/teams/" + team.teamId)
                .then()
                .extract()
                .jsonPath();
        as(team.director)
                .body(Map.of(
                        "name",
                        current.getString("name"),
                        "timeZone",
                        current.getString("timeZone"),
                        "holidayRegion",
                        current.getString("holidayRegion"),
                        "handoverTime",
                        "13:00"))
                .put("/api/teams/" + team.teamId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("handoverTime"));

        as(team.director).get("/api/teams/" + team.teamId).then().body("handoverTime", equalTo("08:00"));
        assertThat(shiftsByName(team).get("Morning")).containsEntry("start", "08:00");
    }
}
