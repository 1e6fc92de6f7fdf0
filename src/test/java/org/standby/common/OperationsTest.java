package org.standby.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/teams/{teamId}/members"))
                .body("info.title", equalTo("Standby API"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void corsAllowsTheConfiguredIntranetOrigin() {
        given().header("Origin", "https://intranet.school.test")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/teams")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("https://intranet.school.test"));
        given().header("Origin", "https://evil.test")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/teams")
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
