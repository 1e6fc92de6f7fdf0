package org.standby.change;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/** Issue 20: a swap needs the other member's consent before it reaches a director; the rules are checked at once. */
@QuarkusTest
class SwapConsentTest {

    @Test
    void aSwapWaitsForTheOtherMembersConsentBeforeADirectorDecides() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2031-03-03", "2031-03-09");
        long anas = rota.shift(team.memberId, "2031-03-03T18:00:00+01:00", "2031-03-04T08:00:00+01:00", DayType.TERM);
        long bens =
                rota.shift(team.otherMemberId, "2031-03-06T18:00:00+01:00", "2031-03-07T08:00:00+01:00", DayType.TERM);
        long id = swap(team, rota, anas, bens)
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_CONSENT"))
                .body("consentMemberId", equalTo((int) team.otherMemberId))
                .body("breaches", nullValue())
                .extract()
                .jsonPath()
                .getLong("id");

        // the director cannot decide yet; the requester cannot consent for Ben; Ben can, once
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(409)
                .body("detail", containsString("consent"));
        as(team.member)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(403);
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(403);
        as(team.otherMember)
                .body(Map.of("note", "happy to"))
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("consentedBy", equalTo(team.otherMember));
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/decline")
                .then()
                .statusCode(409);

        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        as(team.director)
                .get("/api/audit?teamId=" + team.teamId + "&size=50")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("change-request.accept"));
    }

    @Test
    void aDeclinedSwapIsFinalAndNeverReachesTheDirectors() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2031-03-10", "2031-03-16");
        long anas = rota.shift(team.memberId, "2031-03-10T18:00:00+01:00", "2031-03-11T08:00:00+01:00", DayType.TERM);
        long bens =
                rota.shift(team.otherMemberId, "2031-03-13T18:00:00+01:00", "2031-03-14T08:00:00+01:00", DayType.TERM);
        long id = swap(team, rota, anas, bens)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        as(team.otherMember)
                .body(Map.of("note", "I am away that night"))
                .post("/api/change-requests/" + id + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decidedBy", equalTo(team.otherMember))
                .body("decisionNote", equalTo("I am away that night"));
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(409);
        as(team.member).post("/api/change-requests/" + id + "/cancel").then().statusCode(409);
        as(team.director)
                .get("/api/change-requests?status=PENDING&teamId=" + team.teamId)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void theRequesterSeesAtOnceThatTheSwapWouldBreakTheRestRule() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2031-03-17", "2031-03-23");
        // Ana ends a night at 08:00; taking Ben's day shift from 10:00 leaves her two hours of rest
        rota.shift(team.memberId, "2031-03-17T18:00:00+01:00", "2031-03-18T08:00:00+01:00", DayType.TERM);
        long anas = rota.shift(team.memberId, "2031-03-20T18:00:00+01:00", "2031-03-21T08:00:00+01:00", DayType.TERM);
        long bens =
                rota.shift(team.otherMemberId, "2031-03-18T10:00:00+01:00", "2031-03-18T16:00:00+01:00", DayType.TERM);
        long id = swap(team, rota, anas, bens)
                .then()
                .statusCode(201)
                .body("breaches[0]", containsString("would rest only 2 h"))
                .extract()
                .jsonPath()
                .getLong("id");

        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/accept")
                .then()
                .statusCode(200);
        // and again on approval: without a breach reason the director is refused
        as(team.director)
                .body(Map.of())
                .post("/api/change-requests/" + id + "/approve")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("breachReason"))
                .body("detail", containsString("rest"));
    }

    private static io.restassured.response.Response swap(
            TeamFixture team, PublishedShifts rota, long shiftId, long otherShiftId) {
        return as(team.member)
                .body(Map.of(
                        "type", "SWAP", "shiftId", shiftId, "otherShiftId", otherShiftId, "reason", "family visit"))
                .post("/api/rotas/" + rota.rotaId() + "/change-requests");
    }
}
