package org.standby.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.standby.support.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The error answers a client sees: always problem+json, never a stack trace or class name. */
@QuarkusTest
class ErrorAnswersTest {

    @Test
    void anUnknownPathIsANotFoundProblem() {
        admin().get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void aWrongContentTypeIsUnsupportedMediaType() {
        admin().contentType("text/plain")
                .body("hello")
                .post("/api/teams")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        admin().patch("/api/teams").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aMissingBodyIsNamed() {
        admin().post("/api/teams").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void aNonNumericIdIsNotFound() {
        admin().get("/api/teams/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pagingIsChecked() {
        admin().get("/api/teams?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        admin().get("/api/teams?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnexpectedErrorIsA500WithAnIdAndNoInternals() {
        admin().get("/test-only/boom")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", containsString("error id"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.standby")));
    }
}
