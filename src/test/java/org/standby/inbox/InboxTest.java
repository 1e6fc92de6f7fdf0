package org.standby.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/** Issue 20: one list of everything pending for a director, with names and dates, only of their teams. */
@QuarkusTest
class InboxTest {

    @Test
    void aDirectorSeesEverythingPendingOfTheirTeamsInWords() {
        TeamFixture team = TeamFixture.create();
        TeamFixture elsewhere = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2026-11-02", "2031-04-13");
        long past = rota.shift(team.memberId, "2026-11-02T18:00:00+01:00", "2026-11-03T08:00:00+01:00", DayType.TERM);
        long anas = rota.shift(team.memberId, "2031-04-07T18:00:00+02:00", "2031-04-08T08:00:00+02:00", DayType.TERM);
        long bens =
                rota.shift(team.otherMemberId, "2031-04-10T18:00:00+02:00", "2031-04-11T08:00:00+02:00", DayType.TERM);
        String teamPath = "/api/teams/" + team.teamId;

        as(team.member)
                .body(Map.of("memberId", team.memberId, "start", "2031-05-04", "end", "2031-05-08", "kind", "VACATION"))
                .post(teamPath + "/absences")
                .then()
                .statusCode(201);
        as(team.member)
                .body(Map.of("shiftId", past, "start", "2026-11-02T21:10:00+01:00", "minutes", 45))
                .post(teamPath + "/callouts")
                .then()
                .statusCode(201);
        as(team.director)
                .body(Map.of(
                        "type",
                        "COVER",
                        "shiftId",
                        anas,
                        "memberId",
                        team.otherMemberId,
                        "reason",
                        "Ana at a conference"))
                .post("/api/rotas/" + rota.rotaId() + "/change-requests")
                .then()
                .statusCode(201);
        // a swap still waiting for Ben's consent is not for the directors yet
        as(team.member)
                .body(Map.of("type", "SWAP", "shiftId", anas, "otherShiftId", bens, "reason", "x"))
                .post("/api/rotas/" + rota.rotaId() + "/change-requests")
                .then()
                .statusCode(201);
        as(elsewhere.member)
                .body(Map.of(
                        "memberId", elsewhere.memberId, "start", "2031-05-04", "end", "2031-05-04", "kind", "TRAINING"))
                .post("/api/teams/" + elsewhere.teamId + "/absences")
                .then()
                .statusCode(201);

        JsonPath inbox = as(team.director)
                .get("/api/inbox")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .extract()
                .jsonPath();
        assertThat(inbox.getList("items.kind", String.class))
                .containsExactlyInAnyOrder("ABSENCE", "CALLOUT", "CHANGE_REQUEST");
        assertThat(inbox.getList("items.teamId", Integer.class)).containsOnly((int) team.teamId);
        Map<String, Object> leave = item(inbox, "ABSENCE");
        assertThat((String) leave.get("summary"))
                .startsWith("Leave (vacation): Ana ")
                .endsWith("Sun 4 May 2031 to Thu 8 May 2031");
        assertThat(leave.get("approve")).isEqualTo(teamPath + "/absences/" + leave.get("id") + "/approve");
        Map<String, Object> cover = item(inbox, "CHANGE_REQUEST");
        assertThat((String) cover.get("summary"))
                .startsWith("Cover: Ben ")
                .contains("Mon 7 Apr 2031")
                .contains("from Ana ")
                .endsWith("Ana at a conference");
        assertThat(cover.get("start")).isEqualTo("2031-04-07");
        Map<String, Object> callout = item(inbox, "CALLOUT");
        assertThat((String) callout.get("summary"))
                .startsWith("Call-out: Ana ")
                .contains("45 min")
                .contains("Mon 2 Nov 2026 21:10");
        assertThat(callout.get("approve")).isEqualTo(teamPath + "/callouts/" + callout.get("id") + "/confirm");

        as(team.director)
                .get("/api/inbox?size=2&page=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.size()", equalTo(1));
        as(team.director).get("/api/inbox?teamId=" + elsewhere.teamId).then().statusCode(404);
        as(elsewhere.director)
                .get("/api/inbox")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("ABSENCE"))
                .body("items[0].teamId", equalTo((int) elsewhere.teamId));
        as(team.member).get("/api/inbox").then().statusCode(403);
    }

    private static Map<String, Object> item(JsonPath inbox, String kind) {
        List<Map<String, Object>> items = inbox.getList("items");
        return items.stream()
                .filter(i -> kind.equals(i.get("kind")))
                .findFirst()
                .orElseThrow();
    }
}
