package org.standby.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.standby.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/** Issue 13 without a browser: the page's cookie session, its CSRF rule, sign-out, QR codes, the inbox's ETag. */
@QuarkusTest
class PageSessionTest {

    private static Map<String, String> session(String username) {
        return Api.formSession(username, Api.PASSWORD);
    }

    @Test
    void thePageSetsAReadableCsrfCookieAndTheLoginRenewsIt() {
        Response page = given().get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("/app/app.js");
        assertThat(page.getDetailedCookie("standby-csrf").getValue()).hasSizeGreaterThan(20);
        assertThat(page.getDetailedCookie("standby-csrf").isHttpOnly()).isFalse();
        assertThat(page.getDetailedCookie("standby-csrf").getSameSite()).isEqualToIgnoringCase("Strict");
        TeamFixture team = TeamFixture.create();
        Response login = given().contentType(ContentType.URLENC)
                .formParam("j_username", team.member)
                .formParam("j_password", Api.PASSWORD)
                .cookie("standby-csrf", "fixed-before-login")
                .post("/j_security_check");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.getCookie("standby-csrf")).isNotBlank().isNotEqualTo("fixed-before-login");
        // API answers do not hand out the cookie
        assertThat(as(team.member).get("/api/me").getCookie("standby-csrf")).isNull();
    }

    @Test
    void anUnsafeRequestWithASessionCookieNeedsTheCsrfHeader() {
        TeamFixture team = TeamFixture.create();
        Map<String, String> session = session(team.member);
        String path = "/api/members/" + team.memberId + "/feeds";
        // no header, a wrong header, a header without the cookie: 403 problem+json naming the header
        given().cookies(session)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("X-CSRF-Token"));
        given().cookies(session)
                .cookie("standby-csrf", "abc")
                .header("X-CSRF-Token", "abd")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(403);
        given().cookies(session)
                .header("X-CSRF-Token", "abc")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(403);
        // an OIDC session cookie counts as a session too
        given().cookie("q_session_chunk_1", "x")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(403);
        // the matching pair passes
        given().cookies(session)
                .cookie("standby-csrf", "token-1")
                .header("X-CSRF-Token", "token-1")
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(201);
        // reading needs no header; Basic and API-token clients need none either
        given().cookies(session).get("/api/me").then().statusCode(200);
        as(team.member).cookies(session).body(Map.of()).post(path).then().statusCode(201);
    }

    @Test
    void signingOutClearsTheSessionCookie() {
        TeamFixture team = TeamFixture.create();
        Map<String, String> session = session(team.viewer);
        Response out = given().cookies(session)
                .cookie("standby-csrf", "t")
                .header("X-CSRF-Token", "t")
                .delete("/api/session");
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.getDetailedCookie("standby-session").getMaxAge()).isZero();
        assertThat(out.getCookie("standby-session")).isEmpty();
        assertThat(out.getDetailedCookie("standby-session-stamp").getMaxAge()).isZero();
        // without the header it is refused like any unsafe request
        given().cookies(session).delete("/api/session").then().statusCode(403);
    }

    @Test
    void thePagesCallsGetA401WithoutTheBasicChallenge() {
        given().header("X-Requested-With", "XMLHttpRequest")
                .get("/api/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", (String) null);
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void aQrCodeIsDrawnAsSvgAndBadTextIsRefused() {
        TeamFixture team = TeamFixture.create();
        String svg = as(team.viewer)
                .accept("image/svg+xml")
                .body(Map.of("text", "https://standby.example/feeds/x.ics"))
                .post("/api/qr-codes")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .extract()
                .asString();
        assertThat(svg).startsWith("<svg").contains("<path");
        as(team.viewer)
                .accept("image/svg+xml")
                .body(Map.of("text", " "))
                .post("/api/qr-codes")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("text"));
        as(team.viewer)
                .accept("image/svg+xml")
                .body(Map.of("text", "x".repeat(1001)))
                .post("/api/qr-codes")
                .then()
                .statusCode(400);
    }

    @Test
    void theInboxAnswers304WhileNothingChangedAndNamesWhatAChangeDoes() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now().plusDays(3);
        RotaFixture rota =
                RotaFixture.published(team, start.toString(), start.plusDays(13).toString());
        String path = "/api/inbox?teamId=" + team.teamId;
        String etag = as(team.director)
                .get(path)
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .extract()
                .header("ETag");
        assertThat(etag).isNotBlank();
        as(team.director).header("If-None-Match", etag).get(path).then().statusCode(304);
        RotaFixture.Shift given = rota.firstShiftOf(team.memberId);
        as(team.director)
                .body(Map.of("type", "COVER", "shiftId", given.id(), "memberId", team.otherMemberId, "reason", "ill"))
                .post("/api/rotas/" + rota.rotaId + "/change-requests")
                .then()
                .statusCode(201);
        as(team.director)
                .header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(etag))
                .body("items[0].effects.size()", equalTo(2))
                .body("items[0].effects.find { it.memberId == " + team.otherMemberId + " }.gains.size()", equalTo(1))
                .body("items[0].effects.find { it.memberId == " + team.memberId + " }.loses.size()", equalTo(1));
    }
}
