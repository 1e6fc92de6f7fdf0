package org.standby.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/** The approval state machine: create, cancel by the requester only, reject, and no second decision. */
@QuarkusTest
class ChangeRequestLifecycleTest {

    @Test
    void theRequesterCancelsAndNobodyElseMay() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-03-01", "2027-03-14");
        RotaFixture.Shift anas = rota.firstShiftOf(team.memberId);
        long id = cover(team.member, rota, anas.id(), team.otherMemberId);

        as(team.otherMember)
                .post("/api/change-requests/" + id + "/cancel")
                .then()
                .statusCode(403);
        as(team.director).post("/api/change-requests/" + id + "/cancel").then().statusCode(403);
        as(team.member)
                .post("/api/change-requests/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(team.member).post("/api/change-requests/" + id + "/cancel").then().statusCode(409);
        as(team.director)
                .body(Map.of("note", "too late"))
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/reject")
                .then()
                .statusCode(409);
        assertThat(rota.firstShiftOf(team.memberId).id()).isEqualTo(anas.id());
    }

    @Test
    void aRejectedRequestCannotBeApprovedAfterwards() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-03-01", "2027-03-14");
        long id = cover(team.member, rota, rota.firstShiftOf(team.memberId).id(), team.otherMemberId);

        as(team.director)
                .body(Map.of("note", "not this week"))
                .post("/api/change-requests/" + id + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decidedBy", equalTo(team.director));
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(409);
        as(team.member).post("/api/change-requests/" + id + "/cancel").then().statusCode(409);
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=200")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("change-request.reject"))
                .body("items.action", hasItem("change-request.approve.refused"));
    }

    @Test
    void anApprovedSwapExchangesTheShiftsAndRaisesTheirSequence() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-03-01", "2027-03-14");
        RotaFixture.Shift anas = rota.firstShiftOf(team.memberId);
        RotaFixture.Shift bens = rota.firstShiftOf(team.otherMemberId);
        long id = as(team.member)
                .body(Map.of("type", "SWAP", "shiftId", anas.id(), "otherShiftId", bens.id(), "reason", "family visit"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("shiftMemberId", equalTo((int) team.memberId))
                .body("consentMemberId", equalTo((int) team.otherMemberId))
                .extract()
                .jsonPath()
                .getLong("id");
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("consentedBy", equalTo(team.otherMember));

        as(team.director)
                .body(Map.of("note", "ok", "breachReason", "accepted for the test"))
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));

        Map<Long, RotaFixture.Shift> after = byId(rota.shifts());
        assertThat(after.get(anas.id()).memberId()).isEqualTo(team.otherMemberId);
        assertThat(after.get(bens.id()).memberId()).isEqualTo(team.memberId);
        assertThat(after.get(anas.id()).sequence()).isEqualTo(anas.sequence() + 1);
        assertThat(after.get(bens.id()).sequence()).isEqualTo(bens.sequence() + 1);
    }

    @Test
    void onlyPublishedRotasTakeChangeRequests() {
        TeamFixture team = TeamFixture.create();
        RotaFixture draft = RotaFixture.draft(team, "2027-05-03", "2027-05-09");
        long shiftId = draft.shifts().get(0).id();
        as(team.director)
                .body(Map.of("type", "COVER", "shiftId", shiftId, "memberId", team.otherMemberId, "reason", "cover"))
                .post("/api/rotas/" + draft.rotaId + "/change-requests")
                .then()
                .statusCode(409);
    }

    @Test
    void invalidRequestsNameTheField() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-03-01", "2027-03-14");
        RotaFixture.Shift anas = rota.firstShiftOf(team.memberId);
        String path = "/api/rotas/" + rota.rotaId + "/change-requests";
        as(team.member)
                .body(Map.of("type", "SWAP", "shiftId", anas.id(), "reason", "x"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("otherShiftId"));
        as(team.member)
                .body(Map.of("type", "COVER", "shiftId", anas.id(), "reason", "x"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("memberId"));
        as(team.member)
                .body(Map.of("type", "COVER", "shiftId", anas.id(), "memberId", team.otherMemberId))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(team.member)
                .body(Map.of("type", "COVER", "shiftId", 999999, "memberId", team.otherMemberId, "reason", "x"))
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shiftId"));
    }

    @Test
    void membersSeeTheirOwnRequestsAndDirectorsTheTeams() {
        TeamFixture team = TeamFixture.create();
        RotaFixture rota = RotaFixture.published(team, "2027-03-01", "2027-03-14");
        long id = cover(team.member, rota, rota.firstShiftOf(team.memberId).id(), team.otherMemberId);
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        as(team.director)
                .get("/api/change-requests?status=PENDING&teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].reason", notNullValue());
        as(team.otherMember)
                .get("/api/change-requests?teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(team.viewer).get("/api/change-requests?teamId=" + team.teamId).then().statusCode(403);
    }

    static long cover(String requester, RotaFixture rota, long shiftId, long takerId) {
        return as(requester)
                .body(Map.of(
                        "type", "COVER", "shiftId", shiftId, "memberId", takerId, "reason", "doctor's appointment"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static Map<Long, RotaFixture.Shift> byId(List<RotaFixture.Shift> shifts) {
        return shifts.stream().collect(java.util.stream.Collectors.toMap(RotaFixture.Shift::id, s -> s));
    }
}
