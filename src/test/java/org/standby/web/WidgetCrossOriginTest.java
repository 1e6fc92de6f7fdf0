package org.standby.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;

/**
 * Issue 13: the "who is on call now" widget on an intranet page of another origin (a second web server on
 * 127.0.0.1:{@value #INTRANET_PORT}, allowed by the test profile's CORS origins), with an API token: a viewer's
 * token shows who is on call without phone or e-mail; a director's token shows them; a page of an origin that CORS
 * does not allow gets no answer to read.
 */
@QuarkusTest
@Tag("browser")
class WidgetCrossOriginTest {

    static final int INTRANET_PORT = 18199;
    static final int STRANGER_PORT = 18198;

    @Inject
    TestClock clock;

    private static String token(TeamFixture team, String role) {
        return admin().body(Map.of(
                        "name", "intranet widget " + role, "roles", List.of(role), "teamIds", List.of(team.teamId)))
                .post("/api/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
    }

    private static HttpServer intranet(int port, String html) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String page(String standby, long team, String viewerToken, String directorToken) {
        return "<!doctype html><html lang=\"en\"><head><title>Intranet</title></head><body><main>"
                + "<h1>School intranet</h1>"
                + "<div id=\"viewer\" data-standby-on-call data-team=\"" + team + "\" data-token=\"" + viewerToken
                + "\" data-server=\"" + standby + "\"></div>"
                + "<div id=\"director\" data-standby-on-call data-team=\"" + team + "\" data-token=\""
                + directorToken + "\" data-server=\"" + standby + "\"></div>"
                + "<script src=\"" + standby + "/embed/on-call.js\" defer></script></main></body></html>";
    }

    @Test
    void theWidgetOnAnotherOriginShowsWhoIsOnCallAndContactsOnlyWhereTheTokenAllows() throws IOException {
        TeamFixture team = TeamFixture.create();
        RotaFixture.published(team, "2027-06-07", "2027-06-13");
        String standby = "http://localhost:" + RestAssured.port;
        String html = page(standby, team.teamId, token(team, "viewer"), token(team, "director"));
        HttpServer allowed = intranet(INTRANET_PORT, html);
        HttpServer stranger = intranet(STRANGER_PORT, html);
        ChromeDriver driver = Browser.start();
        try {
            // Tuesday 8 June 2027, 01:00 in Berlin: the weeknight shift is on
            clock.reset();
            clock.advance(Duration.between(Instant.now(), Instant.parse("2027-06-08T23:00:00Z")));

            driver.get("http://127.0.0.1:" + INTRANET_PORT + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector("#viewer li")).isEmpty()
                    && !d.findElements(By.cssSelector("#director li")).isEmpty());
            String viewer = driver.findElement(By.id("viewer")).getText();
            String director = driver.findElement(By.id("director")).getText();
            assertThat(viewer).contains("On call now").contains("Weeknight").containsPattern("Ana|Ben");
            assertThat(viewer).doesNotContain("+49").doesNotContain("@school.example");
            assertThat(driver.findElements(By.cssSelector("#viewer a[href^='tel:']")))
                    .isEmpty();
            assertThat(director).contains("Weeknight").contains("+49 69 000").contains("@school.example");
            assertThat(Browser.seriousViolations(driver)).isEmpty();

            // the same page from an origin that is not allowed: the browser refuses to hand over the answer
            driver.get("http://127.0.0.1:" + STRANGER_PORT + "/");
            wait.until(d -> !d.findElement(By.id("viewer")).getText().isBlank());
            assertThat(driver.findElement(By.id("viewer")).getText())
                    .doesNotContain("Weeknight")
                    .doesNotContain("Ana")
                    .doesNotContain("Ben");
        } finally {
            clock.reset();
            driver.quit();
            allowed.stop(0);
            stranger.stop(0);
        }
    }
}
