package org.standby.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import biweekly.Biweekly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;

/**
 * Issue 6: feeds are answered from memory on the event loop ({@link CachedFeedRoute}), yet a change shows on the
 * very next request (a swap: {@link FeedAfterSwapTest}; archiving, a bulk update: {@link FeedEndpointTest}). Each test first makes sure the rendering is cached (a hit is counted), so that a broken
 * invalidation would serve the old bytes and fail it.
 */
@QuarkusTest
class FeedCacheTest {

    @Inject
    FeedCache cache;

    @Inject
    FeedLastAccess lastAccess;

    @Inject
    TestClock clock;

    private record Subscription(long id, String path) {}

    private static Subscription memberFeed(TeamFixture team) {
        var created = as(team.member)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Subscription(
                created.getLong("id"), URI.create(created.getString("url")).getPath());
    }

    /** The member feed of a team with a published week starting in three days. */
    private String memberFeedWithAWeek(TeamFixture team) {
        LocalDate start = LocalDate.now(clock).plusDays(3);
        RotaFixture.published(team, start.toString(), start.plusDays(6).toString());
        return memberFeed(team).path();
    }

    private static String teamFeed(TeamFixture team, boolean calendar) {
        String url = as(team.viewer)
                .body(Map.of("calendar", calendar))
                .post("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        return URI.create(url).getPath();
    }

    /** A GET that the cache answers: fails unless the hit counter moves. */
    private ExtractableResponse<Response> hit(String path, String... headerPairs) {
        long before = cache.hits();
        var request = given();
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        var response = request.get(path).then().extract();
        assertThat(cache.hits()).as("answered from the cache").isGreaterThan(before);
        return response;
    }

    private static Map<String, String> headers(ExtractableResponse<Response> response) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : response.headers()) {
            headers.put(header.getName().toLowerCase(), header.getValue());
        }
        return headers;
    }

    private static java.util.List<String> names(ExtractableResponse<Response> response) {
        return response.headers().asList().stream()
                .map(h -> h.getName().toLowerCase())
                .toList();
    }

    @Test
    void theCachedAnswersHaveTheStatusAndHeadersOfTheResource() {
        String path = memberFeedWithAWeek(TeamFixture.create());

        cache.clear();
        var rendered = given().get(path).then().statusCode(200).extract();
        var cached = hit(path);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(headers(cached)).isEqualTo(headers(rendered));
        assertThat(names(rendered)).as("no header twice").doesNotHaveDuplicates();
        assertThat(names(cached)).as("no header twice").doesNotHaveDuplicates();
        assertThat(cached.asByteArray()).isEqualTo(rendered.asByteArray());
        String etag = rendered.header("ETag");

        for (String[] condition : new String[][] {
            {"If-None-Match", etag},
            {"If-None-Match", "W/" + etag},
            {"If-None-Match", "\"other\", " + etag},
            {"If-None-Match", "*"},
            {"If-Modified-Since", rendered.header("Last-Modified")}
        }) {
            cache.clear();
            var viaResource = given().header(condition[0], condition[1])
                    .get(path)
                    .then()
                    .statusCode(304)
                    .extract();
            var viaCache = hit(path, condition);
            assertThat(viaCache.statusCode())
                    .as(condition[0] + ": " + condition[1])
                    .isEqualTo(304);
            assertThat(headers(viaCache)).isEqualTo(headers(viaResource));
            assertThat(names(viaResource)).doesNotHaveDuplicates();
        }
        hit(path, "If-None-Match", "\"other\"");
        assertThat(hit(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        cache.clear();
        var headViaResource = raw("identity").head(path).then().statusCode(200).extract();
        long before = cache.hits();
        var headViaCache = raw("identity").head(path).then().statusCode(200).extract();
        assertThat(cache.hits()).isGreaterThan(before);
        assertThat(headers(headViaCache))
                .isEqualTo(headers(headViaResource))
                .containsEntry("content-length", String.valueOf(rendered.asByteArray().length));
        assertThat(headViaCache.asByteArray()).isEmpty();
        assertThat(names(headViaResource)).doesNotHaveDuplicates();
    }

    /** Raw answers, not decoded by REST Assured, which would otherwise hide the content coding. */
    private static io.restassured.specification.RequestSpecification raw(String acceptEncoding) {
        return given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    @Test
    void calendarAppsThatAcceptGzipGetTheSameBytesCompressed() throws IOException {
        String path = memberFeedWithAWeek(TeamFixture.create());

        cache.clear();
        var identity = raw("identity").get(path).then().statusCode(200).extract();
        assertThat(identity.header("Content-Encoding")).isNull();
        assertThat(identity.header("Vary")).isEqualTo("Accept-Encoding");
        String etag = identity.header("ETag");
        for (boolean viaCache : new boolean[] {false, true}) {
            if (!viaCache) {
                cache.clear();
            }
            long hits = cache.hits();
            var gzipped = raw("gzip, deflate").get(path).then().statusCode(200).extract();
            assertThat(cache.hits() > hits).as("answered from the cache").isEqualTo(viaCache);
            assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
            assertThat(gzipped.header("Vary")).isEqualTo("Accept-Encoding");
            assertThat(gzipped.header("ETag"))
                    .isEqualTo(ContentCoding.gzipEtag(etag))
                    .isNotEqualTo(etag);
            byte[] compressed = gzipped.asByteArray();
            assertThat(gzipped.header("Content-Length")).isEqualTo(String.valueOf(compressed.length));
            assertThat(compressed.length).isLessThan(identity.asByteArray().length / 2);
            assertThat(gunzip(compressed)).isEqualTo(identity.asByteArray());

            // a copy in either coding is this version
            raw("gzip")
                    .header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", ContentCoding.gzipEtag(etag));
            raw("identity")
                    .header("If-None-Match", ContentCoding.gzipEtag(etag))
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag);
            var refused =
                    raw("gzip;q=0, identity").get(path).then().statusCode(200).extract();
            assertThat(refused.header("Content-Encoding")).isNull();
            assertThat(refused.asByteArray()).isEqualTo(identity.asByteArray());
            raw("gzip")
                    .head(path)
                    .then()
                    .statusCode(200)
                    .header("Content-Encoding", "gzip")
                    .header("Content-Length", String.valueOf(compressed.length));
        }
    }

    @Test
    void aPollNotAnsweredFromMemoryIsOneMiss() {
        String unknown = "/feeds/" + "Unknown".repeat(7) + ".ics";
        long misses = cache.misses();
        long hits = cache.hits();
        given().get(unknown).then().statusCode(404);
        assertThat(cache.misses()).as("the route passes, the resource counts").isEqualTo(misses + 1);
        assertThat(cache.hits()).isEqualTo(hits);
    }

    @Test
    void renamingAMemberShowsInTheTeamFeedOnTheVeryNextRequest() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now(clock).plusDays(2);
        RotaFixture.published(team, start.toString(), start.plusDays(6).toString());
        String path = teamFeed(team, false);
        given().get(path).then().statusCode(200);
        String before = hit(path).asString();
        assertThat(before).doesNotContain("Renamed Ana");

        as(team.director)
                .body(Map.of(
                        "name",
                        "Renamed Ana",
                        "email",
                        team.member + "@school.example",
                        "phone",
                        "+49 69 000",
                        "fte",
                        "1.0",
                        "username",
                        team.member))
                .put("/api/teams/" + team.teamId + "/members/" + team.memberId)
                .then()
                .statusCode(200);

        assertThat(given().get(path).then().statusCode(200).extract().asString())
                .contains("Renamed Ana");
    }

    @Test
    void aNewSchoolPeriodShowsInTheCalendarFeedOnTheVeryNextRequest() {
        TeamFixture team = TeamFixture.create();
        String path = teamFeed(team, true);
        given().get(path).then().statusCode(200);
        assertThat(hit(path).asString()).doesNotContain("Projektwoche");

        LocalDate start = LocalDate.now(clock).plusDays(20);
        as(team.director)
                .body(Map.of(
                        "name",
                        "Projektwoche",
                        "kind",
                        "BREAK",
                        "start",
                        start.toString(),
                        "end",
                        start.plusDays(4).toString()))
                .post("/api/teams/" + team.teamId + "/periods")
                .then()
                .statusCode(201);

        assertThat(given().get(path).then().statusCode(200).extract().asString())
                .contains("Projektwoche");
    }

    @Test
    void aRevokedTokenIsNotFoundOnTheVeryNextRequestLikeAnUnknownOne() {
        TeamFixture team = TeamFixture.create();
        Subscription feed = memberFeed(team);
        String path = feed.path();
        given().get(path).then().statusCode(200);
        hit(path);

        as(team.member).delete("/api/feeds/" + feed.id()).then().statusCode(204);

        var revoked = given().get(path).then().statusCode(404).extract();
        String unknownPath = "/feeds/" + "x".repeat(43) + ".ics";
        var unknown = given().get(unknownPath).then().statusCode(404).extract();
        // neither answer names the token, so they are the same
        assertThat(revoked.asString()).isEqualTo(unknown.asString());
        assertThat(revoked.contentType()).isEqualTo(unknown.contentType());
        given().head(path).then().statusCode(404);
    }

    @Test
    void theNextLocalDayRendersAgain() {
        String path = memberFeedWithAWeek(TeamFixture.create());
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(hit(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        try {
            // 45 days on, the shifts are more than 30 days past and leave the feed's window
            clock.advance(Duration.ofDays(45));
            var later = given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract();
            assertThat(later.header("ETag")).isNotEqualTo(etag);
            assertThat(Biweekly.parse(later.asString()).first().getEvents()).isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void theLastAccessIsListedAtOnceAndWrittenInTheBackground() {
        TeamFixture team = TeamFixture.create();
        Subscription feed = memberFeed(team);
        long feedId = feed.id();
        given().get(feed.path()).then().statusCode(200);
        hit(feed.path());

        String listed = as(team.member)
                .get("/api/teams/" + team.teamId + "/feeds")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.id == " + feedId + " }.lastAccessAt");
        assertThat(listed).isNotNull();

        lastAccess.flush();
        var stored = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(feedId).lastAccessAt);
        assertThat(stored).isNotNull();
    }

    @Test
    void aBrowserRequestWithAnOriginStillGetsItsCorsHeaders() {
        String path = memberFeedWithAWeek(TeamFixture.create());
        byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
        String origin = "https://intranet.school.test";
        var answer = given().header("Origin", origin)
                .get(path)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .extract();
        assertThat(answer.asByteArray()).isEqualTo(body);
        given().header("Origin", "https://elsewhere.example")
                .get(path)
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theMetricsCountFeedPollsAndNeverShowAToken() {
        String path = memberFeed(TeamFixture.create()).path();
        given().get(path).then().statusCode(200);
        hit(path);
        String token = path.substring("/feeds/".length(), path.length() - ".ics".length());
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .doesNotContain(token)
                .doesNotContain("uri=\"/feeds/")
                .contains("standby_feed_cache_lookups_total{result=\"hit\"}");
    }
}
