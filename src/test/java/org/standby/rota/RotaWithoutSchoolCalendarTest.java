package org.standby.rota;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/**
 * Issue 20: a rota over dates without a school calendar silently treated every weekday as term. The rota's answer
 * (create, regenerate, read) and its fairness report warn, listing the dates no school period covers.
 */
@QuarkusTest
class RotaWithoutSchoolCalendarTest {

    private static void period(TeamFixture team, String name, String kind, String start, String end) {
        as(team.director)
                .body(Map.of("name", name, "kind", kind, "start", start, "end", end))
                .post("/api/teams/" + team.teamId + "/periods")
                .then()
                .statusCode(201);
    }

    @Test
    void theAnswerAndTheFairnessReportListTheDatesWithoutASchoolPeriod() {
        TeamFixture team = TeamFixture.create();
        long rotaId = as(team.director)
                .body(Map.of("name", "March", "from", "2031-03-03", "to", "2031-03-16"))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("NO_SCHOOL_CALENDAR"))
                .body("warnings[0].dates", hasSize(1))
                .body("warnings[0].dates[0].from", equalTo("2031-03-03"))
                .body("warnings[0].dates[0].to", equalTo("2031-03-16"))
                .body("warnings[0].message", containsString("2031-03-03..2031-03-16"))
                .extract()
                .jsonPath()
                .getLong("id");

        // a term over the middle: the dates before and after it are still without a calendar
        period(team, "Spring term", "TERM", "2031-03-05", "2031-03-12");
        as(team.director)
                .post("/api/rotas/" + rotaId + "/regenerate")
                .then()
                .statusCode(200)
                .body("warnings[0].dates", hasSize(2))
                .body("warnings[0].dates[0].from", equalTo("2031-03-03"))
                .body("warnings[0].dates[0].to", equalTo("2031-03-04"))
                .body("warnings[0].dates[1].from", equalTo("2031-03-13"))
                .body("warnings[0].dates[1].to", equalTo("2031-03-16"));
        as(team.director)
                .get("/api/rotas/" + rotaId + "/fairness")
                .then()
                .statusCode(200)
                .body("warnings[0].code", equalTo("NO_SCHOOL_CALENDAR"))
                .body("explanations", hasItem(containsString("2031-03-13..2031-03-16")));

        // a weekend alone outside the periods is no term day: no warning once the weekdays are covered
        period(team, "Before", "BREAK", "2031-03-01", "2031-03-04");
        period(team, "After", "TERM", "2031-03-13", "2031-03-14");
        as(team.director)
                .post("/api/rotas/" + rotaId + "/regenerate")
                .then()
                .statusCode(200)
                .body("warnings", empty());
        as(team.director)
                .get("/api/rotas/" + rotaId + "/fairness")
                .then()
                .statusCode(200)
                .body("warnings", empty());
    }
}
