package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.standby.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.standby.support.Api;
import org.standby.support.TeamFixture;

/** Logging in: verified passwords remembered (one bcrypt per user), forgotten at once on change; form sessions. */
@QuarkusTest
class LoginTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    VerifiedCredentials credentials;

    private static String newUser(String password, String role) {
        String username = "login-" + USERS.incrementAndGet();
        admin().body(Map.of("username", username, "password", password, "roles", List.of(role)))
                .post("/api/users")
                .then()
                .statusCode(201);
        return username;
    }

    private static int me(String username, String password) {
        return given().auth()
                .preemptive()
                .basic(username, password)
                .get("/api/me")
                .statusCode();
    }

    @Test
    void basicRunsBcryptOncePerUserNotPerRequest() {
        String user = newUser("first-password-1", Roles.VIEWER);
        long before = credentials.bcryptVerifications();
        for (int i = 0; i < 20; i++) {
            assertThat(me(user, "first-password-1")).isEqualTo(200);
        }
        assertThat(credentials.bcryptVerifications() - before).isEqualTo(1);
        // the metric says the same
        String metrics = given().get("/q/metrics").asString();
        assertThat(metrics).contains("standby_login_bcrypt_verifications_total");
    }

    @Test
    void aWrongPasswordIsNeverTakenFromTheCache() {
        String user = newUser("right-password-1", Roles.VIEWER);
        assertThat(me(user, "right-password-1")).isEqualTo(200);
        assertThat(me(user, "right-password-2")).isEqualTo(401);
        assertThat(me(user, "right-password-1x")).isEqualTo(401);
    }

    @Test
    void aChangedPasswordStopsTheOldOneAtOnce() {
        String user = newUser("old-password-1", Roles.VIEWER);
        assertThat(me(user, "old-password-1")).isEqualTo(200);
        assertThat(me(user, "old-password-1")).isEqualTo(200); // now remembered
        admin().body(Map.of("password", "new-password-1", "roles", List.of(Roles.VIEWER)))
                .put("/api/users/" + user)
                .then()
                .statusCode(200);
        assertThat(me(user, "old-password-1")).isEqualTo(401);
        assertThat(me(user, "new-password-1")).isEqualTo(200);
    }

    @Test
    void changedRolesAndTeamsShowOnTheNextRequest() {
        TeamFixture team = TeamFixture.create();
        String user = newUser("roles-password-1", Roles.VIEWER);
        given().auth()
                .preemptive()
                .basic(user, "roles-password-1")
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("viewer")))
                .body("teamIds", equalTo(List.of()));
        admin().body(Map.of("roles", List.of(Roles.DIRECTOR), "teamIds", List.of(team.teamId)))
                .put("/api/users/" + user)
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic(user, "roles-password-1")
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("director")))
                .body("teamIds", equalTo(List.of((int) team.teamId)));
    }

    @Test
    void aDeletedUserIsRefusedAtOnce() {
        String user = newUser("deleted-password-1", Roles.VIEWER);
        assertThat(me(user, "deleted-password-1")).isEqualTo(200);
        admin().delete("/api/users/" + user).then().statusCode(204);
        assertThat(me(user, "deleted-password-1")).isEqualTo(401);
    }

    private static Response formLogin(String username, String password) {
        return given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
    }

    @Test
    void theFormLoginSetsASessionCookieThatAuthenticatesWithoutBcrypt() {
        String user = newUser("session-password-1", Roles.VIEWER);
        Response login = formLogin(user, "session-password-1");
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.getCookie("standby-session");
        assertThat(cookie).isNotBlank().doesNotContain(user).doesNotContain("session-password-1");
        assertThat(login.getDetailedCookie("standby-session").isHttpOnly()).isTrue();

        String stamp = login.getCookie("standby-session-stamp");
        assertThat(stamp).isNotBlank();
        assertThat(login.getDetailedCookie("standby-session-stamp").isHttpOnly())
                .isTrue();
        assertThat(login.getDetailedCookie("standby-session-stamp").getSameSite())
                .isEqualToIgnoringCase("Strict");

        long before = credentials.bcryptVerifications();
        for (int i = 0; i < 5; i++) {
            given().cookie("standby-session", cookie)
                    .cookie("standby-session-stamp", stamp)
                    .get("/api/me")
                    .then()
                    .statusCode(200)
                    .body("name", equalTo(user));
        }
        assertThat(credentials.bcryptVerifications()).isEqualTo(before);

        // a deleted user's session ends with the next request
        admin().delete("/api/users/" + user).then().statusCode(204);
        given().cookie("standby-session", cookie)
                .cookie("standby-session-stamp", stamp)
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    private static Map<String, String> session(String username, String password) {
        return Api.formSession(username, password);
    }

    private static int meWith(Map<String, String> cookies) {
        return given().cookies(cookies).get("/api/me").statusCode();
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsAndKeepsTheOneThatMadeIt() {
        String user = newUser("laptop-password-1", Roles.MEMBER);
        Map<String, String> laptop = session(user, "laptop-password-1");
        Map<String, String> phone = session(user, "laptop-password-1");
        assertThat(meWith(laptop)).isEqualTo(200);
        assertThat(meWith(phone)).isEqualTo(200);

        Response changed = given().cookies(laptop)
                .cookie("standby-csrf", "csrf-1")
                .header("X-CSRF-Token", "csrf-1")
                .contentType("application/json")
                .body(Map.of("currentPassword", "laptop-password-1", "newPassword", "laptop-password-2"))
                .put("/api/me/password");
        assertThat(changed.statusCode()).isEqualTo(204);
        String newStamp = changed.getCookie("standby-session-stamp");
        assertThat(newStamp).isNotBlank().isNotEqualTo(laptop.get("standby-session-stamp"));

        // the session that changed it goes on with its new stamp; the phone's session has ended
        Map<String, String> laptopNow =
                Map.of("standby-session", laptop.get("standby-session"), "standby-session-stamp", newStamp);
        assertThat(meWith(laptopNow)).isEqualTo(200);
        assertThat(meWith(phone)).isEqualTo(401);
        assertThat(meWith(laptop)).as("the old stamp").isEqualTo(401);
        // signing in again with the new password works on the phone
        assertThat(meWith(session(user, "laptop-password-2"))).isEqualTo(200);
    }

    @Test
    void anAdminsPasswordResetEndsTheUsersSessions() {
        String user = newUser("reset-password-1", Roles.VIEWER);
        Map<String, String> browser = session(user, "reset-password-1");
        assertThat(meWith(browser)).isEqualTo(200);
        // a change of roles keeps the session (the password is the same)
        admin().body(Map.of("roles", List.of(Roles.MEMBER)))
                .put("/api/users/" + user)
                .then()
                .statusCode(200);
        assertThat(meWith(browser)).isEqualTo(200);
        admin().body(Map.of("password", "reset-password-2", "roles", List.of(Roles.VIEWER)))
                .put("/api/users/" + user)
                .then()
                .statusCode(200);
        assertThat(meWith(browser)).isEqualTo(401);
    }

    @Test
    void aSessionCookieWithoutItsStampIsRefused() {
        String user = newUser("stamp-password-1", Roles.VIEWER);
        Map<String, String> browser = session(user, "stamp-password-1");
        assertThat(meWith(browser)).isEqualTo(200);
        given().cookie("standby-session", browser.get("standby-session"))
                .get("/api/me")
                .then()
                .statusCode(401);
        given().cookie("standby-session", browser.get("standby-session"))
                .cookie("standby-session-stamp", "made-up-" + browser.get("standby-session-stamp"))
                .get("/api/me")
                .then()
                .statusCode(401);
        // another user's stamp does not fit either
        String other = newUser("stamp-password-2", Roles.VIEWER);
        given().cookie("standby-session", browser.get("standby-session"))
                .cookie(
                        "standby-session-stamp",
                        session(other, "stamp-password-2").get("standby-session-stamp"))
                .get("/api/me")
                .then()
                .statusCode(401);
    }

    @Test
    void aWrongFormLoginIsAProblemNotARedirect() throws InterruptedException {
        String user = newUser("form-password-1", Roles.VIEWER);
        List<String> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Response login = formLogin(user, "not-the-password");
            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(login.contentType()).startsWith("application/problem+json");
            assertThat(login.jsonPath().getString("detail")).isEqualTo("unknown user or wrong password");
            // no Basic challenge: a browser would answer it with its own password dialog over the page
            assertThat(login.header("WWW-Authenticate")).isNull();
            assertThat(login.getCookie("standby-session")).isNull();
            Thread.sleep(300); // an error logged after the answer was sent
        } finally {
            root.removeHandler(capture);
        }
        // the answer is written once: a wrong password is not an error in the operator's log
        assertThat(errors).isEmpty();
    }

    @Test
    void anApiCallWithoutCredentialsStillGetsA401ProblemWithTheBasicChallenge() {
        given().redirects()
                .follow(false)
                .get("/api/teams")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .header("Location", nullValue());
        given().redirects()
                .follow(false)
                .cookie("standby-session", "not-a-session")
                .get("/api/teams")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
