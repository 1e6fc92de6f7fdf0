package org.standby.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/** Issue 20: approving leave over published shifts answers with the shifts it hits and the re-plan preview. */
@QuarkusTest
class LeaveApprovalImpactTest {

    @Test
    void approvingLeaveOverPublishedShiftsAnswersTheShiftsAndTheReplanPreview() {
        TeamFixture team = TeamFixture.create();
        RotaFixture.addMember(team, "Cleo");
        RotaFixture rota = RotaFixture.published(team, "2027-09-06", "2027-09-19");
        RotaFixture.Shift anas = rota.firstShiftOf(team.memberId);
        long absenceId = as(team.member)
                .body(Map.of("memberId", team.memberId, "start", anas.date(), "end", anas.date(), "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201)
                .body("impact", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");

        JsonPath answer = as(team.director)
                .body(Map.of("note", "enjoy"))
                .post("/api/teams/" + team.teamId + "/absences/" + absenceId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("impact.hitShifts[0].shiftId", equalTo((int) anas.id()))
                .body("impact.hitShifts[0].memberId", equalTo((int) team.memberId))
                .body("impact.replans[0].rotaId", equalTo((int) rota.rotaId))
                .body("impact.replans[0].from", equalTo(anas.date()))
                .extract()
                .jsonPath();
        assertThat(answer.getString("impact.hitShifts[0].memberName")).startsWith("Ana ");
        List<Map<String, Object>> changes = answer.getList("impact.replans[0].changes");
        Map<String, Object> moved = changes.stream()
                .filter(c -> ((Number) c.get("shiftId")).longValue() == anas.id())
                .findFirst()
                .orElseThrow();
        assertThat(((Number) moved.get("fromMemberId")).longValue()).isEqualTo(team.memberId);
        assertThat(moved.get("toMemberId"))
                .as("a colleague takes it")
                .isNotNull()
                .isNotEqualTo((int) team.memberId);
        assertThat(moved.get("toMemberName")).isNotNull();
        // a preview only: the shift is still Ana's
        assertThat(rota.firstShiftOf(team.memberId).id()).isEqualTo(anas.id());
    }

    @Test
    void approvingLeaveThatHitsNoShiftAnswersNoImpact() {
        TeamFixture team = TeamFixture.create();
        long absenceId = as(team.member)
                .body(Map.of("memberId", team.memberId, "start", "2031-01-05", "end", "2031-01-06", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(team.director)
                .body(Map.of())
                .post("/api/teams/" + team.teamId + "/absences/" + absenceId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("impact", nullValue());
    }
}
