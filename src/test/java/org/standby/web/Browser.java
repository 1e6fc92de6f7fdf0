package org.standby.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser tests (@Tag("browser")): Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, given explicitly so that Selenium downloads nothing (override with the system
 * properties or environment variables {@code CHROME_BIN} and {@code CHROMEDRIVER}), a fresh profile per driver.
 * Also the axe-core accessibility check and the screenshots of docs/screenshots.
 */
public final class Browser {

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);
    private static String axeSource;

    private Browser() {}

    public static ChromeDriver start() {
        String chrome = setting("CHROME_BIN", "/usr/bin/chromium");
        String driver = setting("CHROMEDRIVER", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("standby-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
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
                "--lang=en-GB",
                "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chromeDriver = new ChromeDriver(service, options);
        chromeDriver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chromeDriver;
    }

    private static String setting(String name, String otherwise) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? otherwise : value;
    }

    /**
     * Runs axe-core (from the org.webjars.npm:axe-core test dependency) on the page as it is, and answers its
     * serious and critical violations in words (empty when there are none).
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(ChromeDriver driver) {
        JavascriptExecutor js = driver;
        if (!(Boolean) js.executeScript("return typeof window.axe !== 'undefined'")) {
            js.executeScript(axe());
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                        .collect(Collectors.toList());
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in =
                    Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test class path");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** Saves a screenshot of the window to docs/screenshots/NAME.png (the module's directory). */
    /** A screenshot of one element (scrolled into view), for parts of a screen below the first view. */
    public static void screenshotOf(ChromeDriver driver, org.openqa.selenium.By element, String name) {
        Path target = Path.of("docs", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, driver.findElement(element).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void screenshot(ChromeDriver driver, String name) {
        Path target = Path.of("docs", "screenshots", name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
