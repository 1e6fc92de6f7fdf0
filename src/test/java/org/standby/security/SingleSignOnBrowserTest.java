package org.standby.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standby.support.TeamFixture;

/**
 * The page's sign-in with the school account, in a real browser against a real Keycloak: /sso/login shows
 * Keycloak's own login form, and after it the browser's session is Standby's signed-in user; /sso/logout ends the
 * session here and at Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(value = KeycloakServer.class, restrictToAnnotatedClass = true)
@Tag("browser")
@Tag("keycloak")
class SingleSignOnBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    private WebDriver browser;
    private Path profile;
    private TeamFixture team;

    @BeforeEach
    void browserAndGroups() throws IOException {
        team = TeamFixture.create();
        admin().body(Map.of(
                        "rolesFrom",
                        "GROUPS",
                        "localPasswords",
                        true,
                        "groups",
                        List.of(
                                Map.of("group", "standby-members", "roles", List.of("member")),
                                Map.of("group", "team-a", "teamIds", List.of(team.teamId)))))
                .put("/api/sso/settings")
                .then()
                .statusCode(200);
        profile = Files.createTempDirectory("standby-sso-chromium");
        browser = chromium(profile);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** Debian's chromium and chromedriver, given by path: nothing is downloaded. */
    static WebDriver chromium(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        return driver;
    }

    @Test
    void signingInThroughKeycloaksFormGivesTheBrowserTheUsersSessionAndSigningOutEndsIt() throws IOException {
        // the page's sign-in offers the school account (GET /api/auth/methods says single sign-on is on)
        browser.get(root.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-sign-in")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(KeycloakServer.issuer(KeycloakServer.REALM));
        browser.findElement(By.id("username")).sendKeys("ana");
        browser.findElement(By.id("password")).sendKeys("ana-password");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlToBe(root.toString()));
        assertThat(browser.manage().getCookies())
                .anyMatch(cookie -> cookie.getName().startsWith("q_session"));
        // the page shows the signed-in user
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("header"), "ana@school.test"));

        JsonNode me = fetchMe();
        assertThat(me.path("name").asText()).isEqualTo("ana@school.test");
        assertThat(me.path("roles").toString()).isEqualTo("[\"member\"]");
        assertThat(me.path("teamIds").toString()).isEqualTo("[" + team.teamId + "]");

        // the page's "Sign out" ends the session here and goes through /sso/logout to Keycloak's sign-out,
        // back to the page (with the state of the sign-out in the query), which offers the sign-in again
        browser.findElement(By.id("sign-out")).click();
        wait.until(driver -> driver.manage().getCookies().stream()
                .noneMatch(cookie -> cookie.getName().startsWith("q_session")));
        wait.until(ExpectedConditions.urlMatches("^" + java.util.regex.Pattern.quote(root.toString()) + "(\\?.*)?$"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-sign-in")));
        // (a fetch would wait on the browser's password prompt of the Basic challenge: the page is read instead)
        browser.get(root + "api/me");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ana@school.test");

        // the provider's session ended too: signing in again asks for the password again
        browser.get(root + "sso/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** GET /api/me from the page's origin, as the page's own script would, with the browser's cookies. */
    private JsonNode fetchMe() throws IOException {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String answer = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/api/me').then(r => r.text().then(t => done(r.status + ' ' + t)),"
                        + " e => done('0 ' + e));");
        assertThat(answer).startsWith("200 ");
        return JSON.readTree(answer.substring(answer.indexOf(' ') + 1));
    }
}
