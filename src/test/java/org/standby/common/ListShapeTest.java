package org.standby.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;

/** Issue 20: rotas, shifts and absences answer pages like every other list; the old array is deprecated. */
@QuarkusTest
class ListShapeTest {

    @Test
    void rotasShiftsAndAbsencesAnswerPagesWhenAskedAndTheDeprecatedArrayOtherwise() {
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2031-06-02", "2031-06-08");
        for (int day = 2; day <= 4; day++) {
            rota.shift(
                    team.memberId,
                    "2031-06-0" + day + "T18:00:00+02:00",
                    "2031-06-0" + (day + 1) + "T08:00:00+02:00",
                    DayType.TERM);
        }
        as(team.member)
                .body(Map.of("memberId", team.memberId, "start", "2031-07-01", "end", "2031-07-02", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        String teamPath = "/api/teams/" + team.teamId;

        as(team.director)
                .get("/api/rotas/" + rota.rotaId() + "/shifts?page=0&size=2")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.size()", equalTo(2))
                .body("items[0].start", startsWith("2031-06-02T18:00"));
        as(team.director)
                .get("/api/rotas/" + rota.rotaId() + "/shifts?page=1&size=2")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        as(team.director)
                .get(teamPath + "/shifts?from=2031-06-01&to=2031-06-30&size=10")
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
        as(team.director)
                .get(teamPath + "/rotas?page=0")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) rota.rotaId()));
        as(team.director)
                .get(teamPath + "/absences?size=5")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(team.director)
                .get(teamPath + "/absences?size=0")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));

        // the old shape, for one release, says it is deprecated and where the paged form is
        as(team.director)
                .get("/api/rotas/" + rota.rotaId() + "/shifts")
                .then()
                .statusCode(200)
                .header("Deprecation", ListAnswer.DEPRECATED_SINCE)
                .header("Link", startsWith("</api/rotas/" + rota.rotaId() + "/shifts?page=0&size=50>"))
                .body("size()", equalTo(3))
                .body("$", org.hamcrest.Matchers.instanceOf(java.util.List.class));
        as(team.director)
                .get(teamPath + "/absences")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .header("Deprecation", ListAnswer.DEPRECATED_SINCE);
    }
}
