package org.standby.rota;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;

/** "Who is on call now" is served from memory, and every change shows with the very next request. */
@QuarkusTest
class OnCallLookupTest {

    @Inject
    TestClock clock;

    private void setNow(String instant) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), Instant.parse(instant)));
    }

    @Test
    void aChangeShowsOnTheNextLookupOfNow() {
        TeamFixture team = TeamFixture.create();
        String onCall = "/api/teams/" + team.teamId + "/on-call";
        try {
            setNow("2027-06-08T23:00:00Z");
            as(team.viewer).get(onCall).then().statusCode(200).body("onCall", hasSize(0));
            RotaFixture rota = RotaFixture.published(team, "2027-06-07", "2027-06-13");
            // publishing shows at once, although "nobody" was the remembered answer for this instant
            long memberId = as(team.viewer)
                    .get(onCall)
                    .then()
                    .statusCode(200)
                    .body("onCall", hasSize(1))
                    .body("onCall[0].shiftName", equalTo("Weeknight"))
                    .extract()
                    .jsonPath()
                    .getLong("onCall[0].memberId");
            as(team.viewer).get(onCall).then().statusCode(200).body("onCall[0].phone", equalTo(null));
            as(team.member).get(onCall).then().statusCode(200).body("onCall[0].memberId", equalTo((int) memberId));

            // the member's new name and phone number show on the next lookup
            as(team.director)
                    .body(Map.of(
                            "name",
                            "Renamed Person",
                            "email",
                            "renamed@school.test",
                            "phone",
                            "+49 170 0000000",
                            "fte",
                            1))
                    .put("/api/teams/" + team.teamId + "/members/" + memberId)
                    .then()
                    .statusCode(200);
            as(team.member)
                    .get(onCall)
                    .then()
                    .statusCode(200)
                    .body("onCall[0].name", equalTo("Renamed Person"))
                    .body("onCall[0].phone", equalTo("+49 170 0000000"));

            // time moves on: at 10:00 the night shift is over and the next starts at 18:00 (weekday)
            setNow("2027-06-09T10:00:00Z");
            as(team.viewer).get(onCall).then().statusCode(200).body("onCall", hasSize(0));
            setNow("2027-06-09T20:00:00Z");
            as(team.viewer)
                    .get(onCall)
                    .then()
                    .statusCode(200)
                    .body("onCall", hasSize(1))
                    .body("onCall[0].start", equalTo("2027-06-09T18:00:00+02:00"));

            // archiving the rota empties the answer at once
            as(team.director)
                    .post("/api/rotas/" + rota.rotaId + "/archive")
                    .then()
                    .statusCode(200);
            as(team.viewer).get(onCall).then().statusCode(200).body("onCall", hasSize(0));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aTeamTheCallerDoesNotSeeIsStill404() {
        TeamFixture mine = TeamFixture.create();
        TeamFixture other = TeamFixture.create();
        as(other.viewer).get("/api/teams/" + other.teamId + "/on-call").then().statusCode(200);
        as(mine.viewer).get("/api/teams/" + other.teamId + "/on-call").then().statusCode(404);
    }
}
