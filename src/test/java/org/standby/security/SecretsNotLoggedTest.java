package org.standby.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Passwords and API tokens never reach the log, at any level, whether the login works, fails or is throttled. */
@QuarkusTest
class SecretsNotLoggedTest {

    /** The server's loggers, at DEBUG for the test (the test's own HTTP client, org.apache.http, is not asked). */
    private static final String[] CHATTY = {"io.quarkus", "io.vertx", "io.smallrye", "org.jboss.resteasy", "org.standby"
    };

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noPasswordOrTokenInTheLog() {
        String password = "Secret-Password-4711";
        String wrongPassword = "Wrong-Password-0815";
        admin().body(Map.of("username", "logcheck", "password", password, "roles", List.of(Roles.VIEWER)))
                .post("/api/users")
                .then()
                .statusCode(201);
        String token = admin().body(Map.of("name", "log check"))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String unknownToken = "stb_NotARealTokenButStillASecret0123456789abcdef";

        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("org.apache.http")) {
                    return; // REST Assured's client
                }
                StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(' ').append(parameter);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    text.append(' ').append(trace);
                }
                synchronized (logged) {
                    logged.add(text.toString());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        Level[] levels = new Level[CHATTY.length];
        for (int i = 0; i < CHATTY.length; i++) {
            levels[i] = Logger.getLogger(CHATTY[i]).getLevel();
            Logger.getLogger(CHATTY[i]).setLevel(Level.FINE);
        }
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        try {
            given().auth()
                    .preemptive()
                    .basic("logcheck", password)
                    .get("/api/me")
                    .then()
                    .statusCode(200);
            given().auth()
                    .preemptive()
                    .basic("logcheck", wrongPassword)
                    .get("/api/me")
                    .then()
                    .statusCode(401);
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", "logcheck")
                    .formParam("j_password", password)
                    .post("/j_security_check")
                    .then()
                    .statusCode(200);
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", "logcheck")
                    .formParam("j_password", wrongPassword)
                    .post("/j_security_check")
                    .then()
                    .statusCode(401);
            given().header("Authorization", "Bearer " + token)
                    .get("/api/me")
                    .then()
                    .statusCode(200);
            given().header("Authorization", "Bearer " + unknownToken)
                    .get("/api/me")
                    .then()
                    .statusCode(401);
            for (int i = 0; i < 11; i++) { // into the throttle
                given().header("X-Forwarded-For", "10.99.0.1")
                        .auth()
                        .preemptive()
                        .basic("logcheck-throttled", wrongPassword)
                        .get("/api/me");
            }
        } finally {
            root.removeHandler(capture);
            for (int i = 0; i < CHATTY.length; i++) {
                Logger.getLogger(CHATTY[i]).setLevel(levels[i]);
            }
        }
        synchronized (logged) {
            assertThat(logged)
                    .noneMatch(line -> line.contains(password)
                            || line.contains(wrongPassword)
                            || line.contains(token)
                            || line.contains(unknownToken)
                            || line.contains(token.substring(4, 20))
                            || line.contains(base64("logcheck:" + password))
                            || line.contains(base64("logcheck-throttled:" + wrongPassword)));
            assertThat(logged)
                    .as("the server logged at DEBUG during the logins")
                    .isNotEmpty();
        }
    }
}
