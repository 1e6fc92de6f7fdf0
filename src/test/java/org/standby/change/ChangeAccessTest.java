package org.standby.change;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Who may do what around changes: members neither approve nor publish, do not read others' pending leave, and a
 * director of one team cannot see or act on another team's rota, requests or conflicts (404, not 403).
 */
@QuarkusTest
class ChangeAccessTest {

    @Test
    void membersCannotApproveOrPublish() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-08-02", "2027-08-08");
        long id = ChangeRequestLifecycleTest.cover(
                team.member, rota, rota.firstShiftOf(team.memberId).id(), team.otherMemberId);
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/reject")
                .then()
                .statusCode(403);
        as(team.viewer)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(403);
        as(team.member).get("/api/teams/" + team.teamId + "/conflicts").then().statusCode(403);
        RotaFixture draft = RotaFixture.draft(team, "2027-08-09", "2027-08-15");
        as(team.member).post("/api/rotas/" + draft.rotaId + "/publish").then().statusCode(403);
        as(team.member).post("/api/rotas/" + draft.rotaId + "/publish").then().statusCode(403);
    }

    @Test
    void membersCannotAskForChangesThatDoNotInvolveThem() {
        TeamFixture team = TeamFixture.create();
        long third = RotaFixture.addMember(team, "Cleo");
        RotaFixture rota = RotaFixture.published(team, "2027-08-02", "2027-08-08");
        long bens = rota.firstShiftOf(team.otherMemberId).id();
        as(team.member)
                .body(Map.of("type", "COVER", "shiftId", bens, "memberId", third, "reason", "x"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(403);
        as(team.viewer)
                .body(Map.of("type", "COVER", "shiftId", bens, "reason", "x"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(403);
    }

    @Test
    void membersDoNotSeeOthersPendingLeaveReasons() {
        TeamFixture team = TeamFixture.create();
        as(team.otherMember)
                .body(Map.of(
                        "memberId",
                        team.otherMemberId,
                        "start",
                        "2027-08-10",
                        "end",
                        "2027-08-12",
                        "kind",
                        "OTHER",
                        "note",
                        "hospital appointment"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"));
        as(team.member)
                .get("/api/teams/" + team.teamId + "/absences?memberId=" + team.otherMemberId)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].note", nullValue())
                .body("[0].kind", nullValue())
                .body("[0].status", equalTo("REQUESTED"));
        as(team.otherMember)
                .get("/api/teams/" + team.teamId + "/absences?memberId=" + team.otherMemberId)
                .then()
                .statusCode(200)
                .body("[0].note", equalTo("hospital appointment"));
        as(team.director)
                .get("/api/teams/" + team.teamId + "/absences?memberId=" + team.otherMemberId)
                .then()
                .statusCode(200)
                .body("[0].note", equalTo("hospital appointment"));
    }

    @Test
    void directorsOfAnotherTeamGetNotFound() {
        TeamFixture team = TeamFixture.create();
        TeamFixture other = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-08-02", "2027-08-08");
        long shiftId = rota.firstShiftOf(team.memberId).id();
        long id = ChangeRequestLifecycleTest.cover(team.member, rota, shiftId, team.otherMemberId);
        String stranger = other.director;

        as(stranger)
                .body(Map.of("type", "COVER", "shiftId", shiftId, "memberId", team.otherMemberId, "reason", "x"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(404);
        as(stranger)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(404);
        as(stranger)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/reject")
                .then()
                .statusCode(404);
        as(stranger).post("/api/change-requests/" + id + "/cancel").then().statusCode(404);
        as(stranger).get("/api/change-requests/" + id).then().statusCode(404);
        as(stranger).get("/api/change-requests?teamId=" + team.teamId).then().statusCode(404);
        as(stranger).get("/api/change-requests").then().statusCode(200).body("total", equalTo(0));
        as(stranger)
                .body(Map.of("from", "2027-08-04", "reason", "x", "dryRun", true))
                .post("/api/rotas/" + rota.rotaId + "/replan")
                .then()
                .statusCode(404);
        as(stranger).get("/api/teams/" + team.teamId + "/conflicts").then().statusCode(404);
        as(stranger).post("/api/rotas/" + rota.rotaId + "/archive").then().statusCode(404);
        // and the request still waits for Ben's consent
        as(team.director)
                .get("/api/change-requests/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_CONSENT"));
    }
}
