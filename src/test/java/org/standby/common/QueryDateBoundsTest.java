package org.standby.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standby.support.TeamFixture;

/**
 * Issue 22: dates in the query are held to the rule of dates in bodies (years 1900-2999, four digits, no sign):
 * {@code ?from=-0001-01-01} is a 400 naming {@code from}, not a year-1 report or a 500.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryDateBoundsTest {

    private TeamFixture team;

    @BeforeEach
    void team() {
        if (team == null) {
            team = TeamFixture.create();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"-0001-01-01", "+10000-01-01", "0002-06-01", "1899-12-31", "3000-01-01", "2027-02-29", "2027-6-1"
            })
    void aDateOutsideTheYearsOrNotADateIsRefusedNamingTheParameter(String date) {
        String[] paths = {
            "/api/teams/%d/shifts?from=%s&to=2027-01-31",
            "/api/teams/%d/load?from=%s&to=2027-01-31",
            "/api/teams/%d/compensation?from=%s&to=2027-01-31",
            "/api/teams/%d/calendar?from=%s&to=2027-01-31",
            "/api/teams/%d/periods?from=%s",
            "/api/teams/%d/absences?from=%s"
        };
        for (String path : paths) {
            as(team.director)
                    .urlEncodingEnabled(true)
                    .get(String.format(path, team.teamId, date))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("from"));
        }
    }

    @Test
    void theYearsBoundsAreNamedInTheAnswer() {
        as(team.director)
                .get("/api/teams/" + team.teamId + "/periods?from=1899-12-31")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("1900 to 2999"));
        as(team.director)
                .get("/api/teams/" + team.teamId + "/on-call?at=-0001-01-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("at"));
    }

    @Test
    void theFirstAndLastDaysOfTheRangeAreAccepted() {
        as(team.director)
                .get("/api/teams/" + team.teamId + "/periods?from=1900-01-01")
                .then()
                .statusCode(200);
        as(team.director)
                .get("/api/teams/" + team.teamId + "/absences?from=2999-12-31")
                .then()
                .statusCode(200);
    }
}
