package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.standby.audit.AuditEntry;

/**
 * Failed logins are counted per username and per client address (given here through X-Forwarded-For, which the
 * test profile honours as a reverse proxy's would); past the limit every attempt is 429 with Retry-After, before
 * any password is hashed, and the audit trail says so.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    VerifiedCredentials credentials;

    @Inject
    LoginConfig config;

    private static String newUser(String password) {
        String username = "throttle-" + SEQUENCE.incrementAndGet();
        admin().body(Map.of("username", username, "password", password, "roles", List.of(Roles.VIEWER)))
                .post("/api/users")
                .then()
                .statusCode(201);
        return username;
    }

    private static String newAddress() {
        return "10.77." + (SEQUENCE.incrementAndGet() % 250) + "." + (1 + SEQUENCE.incrementAndGet() % 250);
    }

    private static Response basic(String address, String username, String password) {
        return given().header("X-Forwarded-For", address)
                .auth()
                .preemptive()
                .basic(username, password)
                .get("/api/me");
    }

    @Test
    void wrongPasswordsForOneUserAreRefusedWith429BeforeBcrypt() {
        String user = newUser("throttled-password-1");
        int limit = config.maxFailuresPerUser();
        for (int i = 0; i < limit; i++) {
            assertThat(basic(newAddress(), user, "wrong-" + i).statusCode()).isEqualTo(401);
        }
        long bcryptBefore = credentials.bcryptVerifications();
        Response refused = basic(newAddress(), user, "wrong-again");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After")))
                .isBetween(1L, config.window().toSeconds());
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        // even the right password waits: the limit is on attempts, and nothing was hashed for them
        assertThat(basic(newAddress(), user, "throttled-password-1").statusCode())
                .isEqualTo(429);
        assertThat(credentials.bcryptVerifications()).isEqualTo(bcryptBefore);

        // other users are not affected
        String other = newUser("other-password-1");
        assertThat(basic(newAddress(), other, "other-password-1").statusCode()).isEqualTo(200);
        assertThat(auditedRefusal("user", user)).isTrue();
    }

    @Test
    void failuresFromOneAddressAreRefusedWith429ForEveryLoginFromIt() {
        String address = newAddress();
        String user = newUser("address-password-1");
        int limit = config.maxFailuresPerAddress();
        for (int i = 0; i < limit; i++) {
            given().header("X-Forwarded-For", address)
                    .header("Authorization", "Bearer stb_unknown" + i)
                    .get("/api/me")
                    .then()
                    .statusCode(401);
        }
        Response token = given().header("X-Forwarded-For", address)
                .header("Authorization", "Bearer stb_more")
                .get("/api/me");
        assertThat(token.statusCode()).isEqualTo(429);
        assertThat(token.header("Retry-After")).isNotBlank();
        assertThat(basic(address, user, "address-password-1").statusCode()).isEqualTo(429);
        // the same user from another address is fine
        assertThat(basic(newAddress(), user, "address-password-1").statusCode()).isEqualTo(200);
        assertThat(auditedRefusal("address", address)).isTrue();
    }

    @Test
    void aThrottledFormLoginIsA429Problem() {
        String user = newUser("form-throttle-1");
        for (int i = 0; i < config.maxFailuresPerUser(); i++) {
            given().header("X-Forwarded-For", newAddress())
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", user)
                    .formParam("j_password", "wrong-" + i)
                    .post("/j_security_check")
                    .then()
                    .statusCode(401);
        }
        Response refused = given().header("X-Forwarded-For", newAddress())
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user)
                .formParam("j_password", "form-throttle-1")
                .post("/j_security_check");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.getCookie("standby-session")).isNull();
    }

    /** The audit entry is written after the refusal, off the request's thread: wait for it a little. */
    private static boolean auditedRefusal(String kind, String subject) {
        for (int i = 0; i < 100; i++) {
            long count = QuarkusTransaction.requiringNew()
                    .call(() -> AuditEntry.count(
                            "action = ?1 and entityType = ?2 and entityId = ?3", "login-throttled", kind, subject));
            if (count == 1) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
