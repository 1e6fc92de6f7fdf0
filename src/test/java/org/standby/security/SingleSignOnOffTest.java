package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.standby.support.Api.admin;
import static org.standby.support.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without single sign-on configured (the default) nothing of it is on, and no Keycloak is needed. */
@QuarkusTest
class SingleSignOnOffTest {

    @Test
    void theSignInMethodsArePasswordsOnly() {
        anonymous()
                .get("/api/auth/methods")
                .then()
                .statusCode(200)
                .body("password", equalTo(true))
                .body("sso", equalTo(false))
                .body("ssoLogin", nullValue());
    }

    @Test
    void theSignInPathsAreNotThere() {
        given().redirects()
                .follow(false)
                .get("/sso/login")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().redirects().follow(false).get("/sso/logout").then().statusCode(404);
    }

    @Test
    void aBearerTokenThatIsNotStandbysIsRefused() {
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void localPasswordsCannotBeSwitchedOffWithoutSingleSignOn() {
        admin().body(Map.of("rolesFrom", "USERS", "localPasswords", false, "groups", List.of()))
                .put("/api/sso/settings")
                .then()
                .statusCode(409);
        admin().get("/api/sso/settings")
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("localPasswords", equalTo(true));
        admin().body(Map.of(
                        "rolesFrom",
                        "USERS",
                        "localPasswords",
                        true,
                        "groups",
                        List.of(Map.of("group", "g", "roles", List.of("boss")))))
                .put("/api/sso/settings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("groups[0].roles[0]"));
    }
}
