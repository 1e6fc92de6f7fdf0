package org.standby.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

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

    /** Signs in through the page's form login: the cookies a browser then keeps, the session and its stamp. */
    public static Map<String, String> formSession(String username, String password) {
        Response login = given().contentType(ContentType.URLENC)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check");
        assertThat(login.statusCode()).as("form login of " + username).isEqualTo(200);
        return Map.of(
                "standby-session", login.getCookie("standby-session"),
                "standby-session-stamp", login.getCookie("standby-session-stamp"));
    }
}
