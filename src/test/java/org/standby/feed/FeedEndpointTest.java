package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.standby.support.Api.as;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

@QuarkusTest
class FeedEndpointTest {

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static long publishedRota(TeamFixture team, String from, String to) {
        long rotaId = as(team.director)
                .body(Map.of("name", "Feed rota", "from", from, "to", to))
                .post("/api/teams/" + team.teamId + "/rotas")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(team.director).post("/api/rotas/" + rotaId + "/publish").then().statusCode(200);
        return rotaId;
    }

    @Test
    void aMemberFeedShowsTheirPublishedShiftsAndAnswers304WhenUnchanged() {
        TeamFixture team = TeamFixture.create();
        java.time.LocalDate start = java.time.LocalDate.now().plusDays(3);
        publishedRota(team, start.toString(), start.plusDays(13).toString());
        String url = as(team.member)
                .body(Map.of("alarmMinutes", List.of(60)))
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(201)
                .body("url", containsString("/feeds/"))
                .extract()
                .jsonPath()
                .getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);

        var first = given().get(path(url))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Cache-Control", containsString("no-cache"))
                .extract();
        ICalendar calendar = Biweekly.parse(first.asString()).first();
        assertThat(calendar.getEvents())
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED"));

        String etag = first.header("ETag");
        given().header("If-None-Match", etag)
                .get(path(url))
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().header("If-Modified-Since", first.header("Last-Modified"))
                .get(path(url))
                .then()
                .statusCode(304);
        given().head(path(url)).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void archivingTheRotaCancelsItsEventsAndChangesTheEtag() {
        TeamFixture team = TeamFixture.create();
        java.time.LocalDate start = java.time.LocalDate.now().plusDays(2);
        long rotaId = publishedRota(team, start.toString(), start.plusDays(6).toString());
        String url = as(team.viewer)
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .body("kind", equalTo("TEAM"))
                .extract()
                .jsonPath()
                .getString("url");
        var before = given().get(path(url)).then().statusCode(200).extract();
        ICalendar active = Biweekly.parse(before.asString()).first();
        assertThat(active.getEvents()).hasSize(7);

        as(team.director).post("/api/rotas/" + rotaId + "/archive").then().statusCode(200);
        var after = given().header("If-None-Match", before.header("ETag"))
                .get(path(url))
                .then()
                .statusCode(200)
                .extract();
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        ICalendar cancelled = Biweekly.parse(after.asString()).first();
        assertThat(cancelled.getEvents()).hasSize(7).allSatisfy(event -> {
            assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
            var same = active.getEvents().stream()
                    .filter(e -> e.getUid().getValue().equals(event.getUid().getValue()))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.getSequence().getValue())
                    .isGreaterThan(same.getSequence().getValue());
        });
    }

    @Test
    void revokedAndUnknownTokensAreNotFound() {
        TeamFixture team = TeamFixture.create();
        var created = newMemberFeed(team);
        String url = created.getString("url");
        given().get(path(url)).then().statusCode(200);
        as(team.otherMember)
                .delete("/api/feeds/" + created.getLong("id"))
                .then()
                .statusCode(403);
        as(team.member).delete("/api/feeds/" + created.getLong("id")).then().statusCode(204);
        given().get(path(url)).then().statusCode(404);
        given().get("/feeds/" + "x".repeat(43) + ".ics").then().statusCode(404);
        String hash =
                QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(created.getLong("id")).tokenHash);
        assertThat(url).doesNotContain(hash);
    }

    @Test
    void theNotFoundAnswerNeverEchoesTheToken() {
        TeamFixture team = TeamFixture.create();
        var created = newMemberFeed(team);
        String url = created.getString("url");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
        as(team.member).delete("/api/feeds/" + created.getLong("id")).then().statusCode(204);
        String unknown = "Unknown" + "x".repeat(40);
        for (String secret : List.of(token, unknown, "short")) {
            for (String path : List.of("/feeds/" + secret + ".ics", "/feeds/" + secret)) {
                String body = given().get(path)
                        .then()
                        .statusCode(404)
                        .contentType(startsWith("application/problem+json"))
                        .extract()
                        .asString();
                assertThat(body).as(path).doesNotContain(secret).contains("/feeds/{token}.ics");
                given().head(path).then().statusCode(404);
            }
        }
    }

    private static JsonPath newMemberFeed(TeamFixture team) {
        return as(team.member)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void membersCannotMakeFeedsOfOthers() {
        TeamFixture team = TeamFixture.create();
        as(team.otherMember)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(403);
        as(team.director)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(201);
        TeamFixture other = TeamFixture.create();
        as(other.director)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(404);
    }

    @Test
    void theCalendarFeedListsPublicHolidays() {
        TeamFixture team = TeamFixture.create();
        String url = as(team.member)
                .body(Map.of("calendar", true))
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .body("kind", equalTo("CALENDAR"))
                .extract()
                .jsonPath()
                .getString("url");
        String body = given().get(path(url)).then().statusCode(200).extract().asString();
        ICalendar calendar = Biweekly.parse(body).first();
        assertThat(calendar.getEvents())
                .anySatisfy(e -> assertThat(e.getSummary().getValue()).contains("(holiday)"));
    }
}
