package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.anonymous;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/**
 * Single sign-on against a real Keycloak ({@link KeycloakServer}): bearer tokens of the school's provider call the
 * API with the roles and teams their groups give, or the user table's; a first sign-in creates the user; a person
 * taken out of a group is refused with their next token; tokens of another realm or for another audience are
 * refused; Standby's own logins keep working beside it, and local passwords can be switched off.
 */
@QuarkusTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
@Tag("keycloak")
class SingleSignOnTest {

    private static TeamFixture teamA;
    private static TeamFixture teamB;

    @BeforeEach
    void groupsGiveRolesAndTeams() {
        if (teamA == null) {
            teamA = TeamFixture.create();
            teamB = TeamFixture.create();
        }
        settings("GROUPS", true);
    }

    @AfterEach
    void passwordsBackOn() {
        settings("GROUPS", true);
    }

    static void settings(String rolesFrom, boolean localPasswords) {
        Map<String, Object> body = Map.of(
                "rolesFrom",
                rolesFrom,
                "localPasswords",
                localPasswords,
                "groups",
                List.of(
                        Map.of("group", "standby-admins", "roles", List.of("admin")),
                        Map.of("group", "standby-directors", "roles", List.of("director")),
                        Map.of("group", "standby-members", "roles", List.of("member")),
                        Map.of("group", "team-a", "teamIds", List.of(teamA.teamId))));
        // as the local admin; while local passwords are off, as the provider's admin (group standby-admins)
        if (admin().body(body).put("/api/sso/settings").statusCode() == 401) {
            bearer(KeycloakServer.accessToken("root"))
                    .body(body)
                    .put("/api/sso/settings")
                    .then()
                    .statusCode(200);
        }
    }

    static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aBearerTokenCallsTheApiWithTheRoleAndTeamsOfItsGroups() {
        String ana = KeycloakServer.accessToken("ana");
        bearer(ana)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("ana@school.test"))
                .body("roles", equalTo(List.of("member")))
                .body("teamIds", equalTo(List.of((int) teamA.teamId)))
                .body("allTeams", equalTo(false));
        bearer(ana).get("/api/teams/" + teamA.teamId).then().statusCode(200);
        bearer(ana).get("/api/teams/" + teamB.teamId).then().statusCode(404);
        bearer(ana).get("/api/users").then().statusCode(403);

        String dana = KeycloakServer.accessToken("dana");
        bearer(dana)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("dana@school.test"))
                .body("roles", equalTo(List.of("director")));
        // a director of team A may change its settings; the provider's own roles give nothing
        bearer(dana).get("/api/teams/" + teamA.teamId + "/policy").then().statusCode(200);

        bearer(KeycloakServer.accessToken("root")).get("/api/users").then().statusCode(200);
    }

    @Test
    void aFirstSignInCreatesTheUserWithTheLeastRoleAndTheUserTableDecidesAfterwards() {
        settings("USERS", true);
        String newbie = KeycloakServer.accessToken("newbie");
        bearer(newbie)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("newbie@school.test"))
                .body("roles", equalTo(List.of("viewer")))
                .body("teamIds", equalTo(List.of()));
        bearer(newbie).get("/api/teams/" + teamA.teamId).then().statusCode(404);
        admin().get("/api/users/newbie@school.test").then().statusCode(200).body("roles", equalTo(List.of("viewer")));

        admin().body(Map.of("roles", List.of("member"), "teamIds", List.of(teamA.teamId)))
                .put("/api/users/newbie@school.test")
                .then()
                .statusCode(200);
        bearer(newbie)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("member")))
                .body("teamIds", equalTo(List.of((int) teamA.teamId)));
        bearer(newbie).get("/api/teams/" + teamA.teamId).then().statusCode(200);

        // a user of single sign-on has no password: neither a password login nor a password change
        given().auth()
                .preemptive()
                .basic("newbie@school.test", "newbie-password")
                .get("/api/me")
                .then()
                .statusCode(401);
        bearer(newbie)
                .body(Map.of("currentPassword", "newbie-password", "newPassword", "something-long-enough"))
                .put("/api/me/password")
                .then()
                .statusCode(403);
    }

    @Test
    void aPersonTakenOutOfTheGroupIsRefusedWithTheirNextToken() {
        String before = KeycloakServer.accessToken("ben");
        bearer(before).get("/api/teams/" + teamA.teamId).then().statusCode(200);
        KeycloakServer.removeFromGroup("ben", "standby-members");
        KeycloakServer.removeFromGroup("ben", "team-a");
        try {
            String after = KeycloakServer.accessToken("ben");
            bearer(after)
                    .get("/api/teams/" + teamA.teamId)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            bearer(after).get("/api/me").then().statusCode(403);
        } finally {
            KeycloakServer.addToGroup("ben", "standby-members");
            KeycloakServer.addToGroup("ben", "team-a");
        }
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        String elsewhere = KeycloakServer.accessToken(
                KeycloakServer.OTHER_REALM, KeycloakServer.CLIENT_ID, KeycloakServer.CLIENT_SECRET, "root");
        bearer(elsewhere).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        bearer(elsewhere).get("/api/users").then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherApp = KeycloakServer.accessToken(KeycloakServer.REALM, "other-app", "other-app-secret", "root");
        bearer(otherApp).get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void standbysOwnLoginsWorkBesideItAndAnApiCallWithoutCredentialsIsNotSentToTheProvider() {
        given().redirects()
                .follow(false)
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic"));
        admin().get("/api/me").then().statusCode(200).body("name", equalTo("admin"));
        String token = admin().body(
                        Map.of("name", "sso test script", "roles", List.of("viewer"), "teamIds", List.of(teamA.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        bearer(token).get("/api/teams/" + teamA.teamId).then().statusCode(200);
        bearer("stb_not-a-token").get("/api/me").then().statusCode(401);
        bearer("not-a-jwt").get("/api/me").then().statusCode(401);

        anonymous()
                .get("/api/auth/methods")
                .then()
                .statusCode(200)
                .body("password", equalTo(true))
                .body("sso", equalTo(true))
                .body("ssoLogin", equalTo("/sso/login"))
                .body("ssoLogout", equalTo("/sso/logout"));
    }

    @Test
    void theSignInPathSendsTheBrowserToTheProvider() {
        String location = given().redirects()
                .follow(false)
                .get("/sso/login")
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        assertThat(location)
                .startsWith(KeycloakServer.issuer(KeycloakServer.REALM) + "/protocol/openid-connect/auth")
                .contains("client_id=standby");
    }

    @Test
    void localPasswordsCanBeSwitchedOffWhileApiTokensKeepWorking() {
        String token = admin().body(Map.of(
                        "name", "sso switch script", "roles", List.of("viewer"), "teamIds", List.of(teamA.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        settings("GROUPS", false);
        admin().get("/api/me").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.URLENC)
                .formParam("j_username", "admin")
                .formParam("j_password", "admin-test-password")
                .post("/j_security_check")
                .then()
                .statusCode(401)
                .body("detail", containsString("switched off"));
        anonymous().get("/api/auth/methods").then().statusCode(200).body("password", equalTo(false));
        bearer(token).get("/api/teams/" + teamA.teamId).then().statusCode(200);
        bearer(KeycloakServer.accessToken("ana")).get("/api/me").then().statusCode(200);

        settings("GROUPS", true);
        admin().get("/api/me").then().statusCode(200);
    }
}
