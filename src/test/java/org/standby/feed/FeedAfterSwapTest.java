package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/** Issue 6: an approved swap shows in both members' feeds on the very next request. */
@QuarkusTest
class FeedAfterSwapTest {

    @Inject
    FeedCache cache;

    private static String feedPath(TeamFixture team, String username, long memberId) {
        String url = as(username)
                .post("/api/members/" + memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        return URI.create(url).getPath();
    }

    private static Optional<VEvent> event(String body, long shiftId) {
        ICalendar calendar = Biweekly.parse(body).first();
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("shift-" + shiftId + "@standby"))
                .findFirst();
    }

    @Test
    void bothFeedsChangeAndTheGiverSeesTheShiftCancelledWithAHigherSequence() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now().plusDays(5);
        RotaFixture rota =
                RotaFixture.published(team, start.toString(), start.plusDays(13).toString());
        RotaFixture.Shift given = rota.firstShiftOf(team.memberId);
        RotaFixture.Shift taken = rota.firstShiftOf(team.otherMemberId);

        String giverFeed = feedPath(team, team.member, team.memberId);
        String takerFeed = feedPath(team, team.otherMember, team.otherMemberId);
        var giverBefore = given().get(giverFeed).then().statusCode(200).extract();
        var takerBefore = given().get(takerFeed).then().statusCode(200).extract();
        VEvent before = event(giverBefore.asString(), given.id()).orElseThrow();
        assertThat(before.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event(takerBefore.asString(), given.id())).isEmpty();
        // nothing changed yet: both clients get 304, from the cache (so the change below must invalidate it)
        long hits = cache.hits();
        given().header("If-None-Match", giverBefore.header("ETag"))
                .get(giverFeed)
                .then()
                .statusCode(304);
        given().header("If-None-Match", takerBefore.header("ETag"))
                .get(takerFeed)
                .then()
                .statusCode(304);
        assertThat(cache.hits()).isEqualTo(hits + 2);

        long requestId = as(team.member)
                .body(Map.of("type", "SWAP", "shiftId", given.id(), "otherShiftId", taken.id(), "reason", "dentist"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(team.otherMember)
                .body(Map.of())
                .post("/api/change-requests/" + requestId + "/accept")
                .then()
                .statusCode(200);
        as(team.director)
                .body(Map.of("note", "fine", "breachReason", "agreed between them"))
                .post("/api/change-requests/" + requestId + "/approve")
                .then()
                .statusCode(200);

        var giverAfter = given().header("If-None-Match", giverBefore.header("ETag"))
                .get(giverFeed)
                .then()
                .statusCode(200)
                .extract();
        var takerAfter = given().header("If-None-Match", takerBefore.header("ETag"))
                .get(takerFeed)
                .then()
                .statusCode(200)
                .extract();
        assertThat(giverAfter.header("ETag")).isNotEqualTo(giverBefore.header("ETag"));
        assertThat(takerAfter.header("ETag")).isNotEqualTo(takerBefore.header("ETag"));

        VEvent cancelled = event(giverAfter.asString(), given.id()).orElseThrow();
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue())
                .isGreaterThan(before.getSequence().getValue());
        VEvent gained = event(giverAfter.asString(), taken.id()).orElseThrow();
        assertThat(gained.getStatus().getValue()).isEqualTo("CONFIRMED");

        VEvent takerGot = event(takerAfter.asString(), given.id()).orElseThrow();
        assertThat(takerGot.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(event(takerAfter.asString(), taken.id())
                        .orElseThrow()
                        .getStatus()
                        .getValue())
                .isEqualTo("CANCELLED");
    }
}
