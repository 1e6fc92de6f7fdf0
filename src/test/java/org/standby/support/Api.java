package org.standby.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as one of the test logins. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String PASSWORD = "test-password-123";

    private Api() {}

    public static RequestSpecification as(String username) {
        String password = ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
        return given().auth().preemptive().basic(username, password).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as(ADMIN);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }
}
