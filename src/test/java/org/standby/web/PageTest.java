package org.standby.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standby.support.Api;
import org.standby.support.RotaFixture;
import org.standby.support.TeamFixture;

/**
 * Issue 13 end to end, in a real headless Chromium: a member asks for a swap on the page, the colleague consents,
 * the director approves it in the inbox with the keyboard alone, and the month view and both members' feeds show
 * it; a director generates and publishes a rota through the page. Every screen passes axe-core without serious or
 * critical violations, and is photographed at desktop and phone width for docs/screenshots.
 */
@QuarkusTest
@Tag("browser")
class PageTest {

    @TestHTTPResource("/")
    URL base;

    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aSwapIsAskedConsentedApprovedWithTheKeyboardAndShowsInTheMonthAndBothFeeds() {
        TeamFixture team = TeamFixture.create();
        LocalDate start = LocalDate.now().plusDays(1);
        RotaFixture rota =
                RotaFixture.published(team, start.toString(), start.plusDays(13).toString());
        String anaFeed = feedPath(team.member, team.memberId);
        String benFeed = feedPath(team.otherMember, team.otherMemberId);

        signIn(team.member, true);
        capture("on-call");
        open("#/shifts");
        WebElement ask = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ask-change")));
        capture("my-shifts");
        long givenId = Long.parseLong(
                ask.findElement(By.xpath("./..")).getAttribute("id").substring("shift-".length()));
        ask.click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inline-form")));
        Select other = new Select(form.findElement(By.cssSelector("select[name=other]")));
        other.selectByIndex(0);
        long takenId = Long.parseLong(other.getFirstSelectedOption().getAttribute("value"));
        form.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("school trip");
        capture("swap-request");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitForText(By.id("status-h"), "My requests");
        waitForText(By.cssSelector("main table"), "waiting for the colleague's consent");
        signOut();

        signIn(team.otherMember, false);
        open("#/shifts");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".consent-accept")))
                .click();
        waitForText(By.cssSelector("main table"), "waiting for the director");
        signOut();

        // the director, with the keyboard alone: sign in, go to the inbox, write the note, approve
        driver.get(base.toString());
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        user.sendKeys(team.director + Keys.TAB + Api.PASSWORD + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        driver.switchTo().activeElement().sendKeys(Keys.HOME);
        tabUntil(e -> "#/inbox".equals(e.getAttribute("href"))
                || String.valueOf(e.getAttribute("href")).endsWith("#/inbox"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inbox-item")));
        assertThat(item.getText()).contains("Swap").contains("school trip").contains("What would change");
        capture("inbox");
        boolean breaches =
                !item.findElements(By.cssSelector("textarea[id$=-breach]")).isEmpty();
        if (breaches) {
            tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("-breach"));
            driver.switchTo().activeElement().sendKeys("agreed between them");
        }
        tabUntil(e -> e.getAttribute("id") != null && e.getAttribute("id").endsWith("-note"));
        driver.switchTo().activeElement().sendKeys("fine");
        tabUntil(e -> e.getAttribute("class") != null && e.getAttribute("class").contains("approve"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".inbox-item")));
        waitForText(By.id("inbox-empty"), "Nothing is waiting");
        capture("inbox-empty");
        // something new arrives while the inbox is open: it shows without a reload
        as(team.member)
                .body(Map.of(
                        "memberId",
                        team.memberId,
                        "start",
                        start.plusDays(20).toString(),
                        "end",
                        start.plusDays(21).toString(),
                        "kind",
                        "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        WebElement leave = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inbox-item")));
        assertThat(leave.getText()).contains("Leave");
        waitForText(By.id("announce"), "1 new in the inbox");

        // the month view shows the new holders
        open("#/month?m=" + dateOf(rota, givenId).substring(0, 7));
        WebElement given = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-shift='" + givenId + "']")));
        assertThat(given.getText()).contains("Ben ");
        capture("month");
        open("#/month?m=" + dateOf(rota, takenId).substring(0, 7));
        WebElement taken = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-shift='" + takenId + "']")));
        assertThat(taken.getText()).contains("Ana ");

        // and both feeds
        String ana = given().get(anaFeed).then().statusCode(200).extract().asString();
        String ben = given().get(benFeed).then().statusCode(200).extract().asString();
        assertThat(event(ana, givenId)).contains("STATUS:CANCELLED");
        assertThat(event(ana, takenId)).contains("STATUS:CONFIRMED");
        assertThat(event(ben, givenId)).contains("STATUS:CONFIRMED");
        assertThat(event(ben, takenId)).contains("STATUS:CANCELLED");

        // the widget, on Standby's own origin with the director's session
        driver.get(base.toString() + "embed/on-call.html?team=" + team.teamId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".standby-on-call")));
        capture("widget");
        open("#/load");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        // months by name ("Dec 2026"), not as the API's "2026-12"
        assertThat(driver.findElements(By.cssSelector("#months-table thead th")))
                .extracting(WebElement::getText)
                .hasSizeGreaterThan(1)
                .noneMatch(heading -> heading.matches("\\d{4}-\\d{2}"));
        capture("load");
        // on a phone the load table stacks into one card per member, each value under its column's heading
        driver.manage().window().setSize(Browser.PHONE);
        assertThat(driver.findElement(By.cssSelector("#load-table tbody td")).getAttribute("data-label"))
                .isNotBlank();
        // a flagged member's breaches in words ("160 h on call in Dec 2026 (limit 120 h)"), never a code
        assertThat(driver.findElement(By.id("load-table")).getText())
                .contains("Over a limit:")
                .doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
        Browser.screenshotOf(driver, By.id("load-table"), "load-table-phone");
        driver.manage().window().setSize(Browser.DESKTOP);
        // the coverage agreement's report for leadership, linked from the load screen, opened with the session
        String report = driver.findElement(By.id("agreement-report")).getAttribute("href");
        assertThat(driver.findElement(By.id("agreement-pdf")).getAttribute("href"))
                .contains("/agreement/report.pdf?");
        driver.get(report);
        waitForText(By.tagName("h1"), "IT coverage agreement");
        assertThat(driver.getTitle()).startsWith("Coverage agreement");
        driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger")));
        signOut();

        signIn(team.member, false);
        open("#/subscribe");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("make-feed"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".qr svg")));
        assertThat(driver.findElement(By.id("feed-url")).getAttribute("value")).contains("/feeds/");
        capture("subscribe");
        signOut();
        assertThat(violations).isEmpty();
    }

    @Test
    void aDirectorGeneratesAndPublishesARotaThroughThePage() {
        TeamFixture team = TeamFixture.create();
        RotaFixture.published(
                team,
                LocalDate.now().plusDays(1).toString(),
                LocalDate.now().plusDays(14).toString());
        LocalDate from = LocalDate.now().plusDays(40);
        signIn(team.director, false);
        open("#/plan");
        WebElement fromField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rota-from")));
        setDate(fromField, from);
        setDate(driver.findElement(By.id("rota-to")), from.plusDays(13));
        driver.findElement(By.id("generate")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fair-draft")));
        waitForText(By.id("detail-h"), "draft");
        // the team has no school calendar: the warning says so in words and dates, not with API paths
        String warning =
                driver.findElement(By.cssSelector("#rota-detail .warnings li")).getText();
        assertThat(warning).startsWith("No school calendar covers ").doesNotContain("/api/");
        assertThat(warning).contains(String.valueOf(from.getYear()));
        driver.executeScript("document.getElementById('rota-detail').scrollIntoView()");
        capture("plan");
        driver.findElement(By.id("publish")).click();
        waitForText(By.id("detail-h"), "published");
        long published = as(team.director)
                .get("/api/teams/" + team.teamId + "/rotas?page=0&size=10")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.status == 'PUBLISHED' }")
                .size();
        assertThat(published).isEqualTo(2);
        signOut();
        assertThat(violations).isEmpty();
    }

    private void signIn(String username, boolean photograph) {
        driver.get(base.toString());
        driver.manage().deleteAllCookies();
        driver.get(base.toString());
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        if (photograph) {
            capture("sign-in");
        }
        user.sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        assertThat(driver.manage().getCookieNamed("standby-session")).isNull();
    }

    private void open(String hash) {
        driver.get(base.toString() + hash);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void setDate(WebElement field, LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", field, date.toString());
    }

    /** Presses Tab until the focused element satisfies the test (at most 60 times). */
    private void tabUntil(Predicate<WebElement> test) {
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (test.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the element; focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
    }

    /** axe-core on the screen, then screenshots at desktop and phone width. */
    private void capture(String name) {
        for (String violation : Browser.seriousViolations(driver)) {
            violations.add(name + ": " + violation);
        }
        Browser.screenshot(driver, name + "-desktop");
        driver.manage().window().setSize(Browser.PHONE);
        for (String violation : Browser.seriousViolations(driver)) {
            violations.add(name + " (phone): " + violation);
        }
        // one column on a phone: nothing wider than the screen (no sideways scrolling of the whole page)
        Object overflow = driver.executeScript("const w = document.documentElement.clientWidth;"
                + "const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1"
                + " && !e.closest('.chart, .table-scroll') && getComputedStyle(e).position !== 'absolute');"
                + "return document.documentElement.scrollWidth > w"
                + " ? wide.slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ') || 'page'"
                + " : '';");
        if (!"".equals(overflow)) {
            violations.add(name + " (phone): wider than the screen: " + overflow);
        }
        // and no table that scrolls sideways inside the page: a director reads it without swiping
        Object scrolling = driver.executeScript("return [...document.querySelectorAll('main table')]"
                + ".filter(t => t.offsetParent !== null && t.scrollWidth > t.clientWidth + 1)"
                + ".map(t => 'table' + (t.id ? '#' + t.id : '') + ' (' + t.scrollWidth + ' > ' + t.clientWidth + ' px)')"
                + ".join(', ');");
        if (!"".equals(scrolling)) {
            violations.add(name + " (phone): scrolls sideways: " + scrolling);
        }
        Browser.screenshot(driver, name + "-phone");
        driver.manage().window().setSize(Browser.DESKTOP);
    }

    private static String feedPath(String username, long memberId) {
        String url = as(username)
                .body(Map.of())
                .post("/api/members/" + memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("url");
        return URI.create(url).getPath();
    }

    private static String dateOf(RotaFixture rota, long shiftId) {
        return rota.shifts().stream()
                .filter(s -> s.id() == shiftId)
                .findFirst()
                .orElseThrow()
                .date();
    }

    /** The VEVENT of a shift in a feed, as text. */
    private static String event(String ics, long shiftId) {
        for (String event : ics.split("BEGIN:VEVENT")) {
            if (event.contains("UID:shift-" + shiftId + "@standby")) {
                return event;
            }
        }
        return "";
    }
}
