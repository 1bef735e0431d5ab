package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test of the desk needs: headless Chromium per test, log in, follow the menu,
 * waits that survive PrimeFaces' AJAX updates, and a numbered screenshot of every page visited
 * (and of the page a test failed on).
 */
abstract class DeskBrowser {

    static final String BASE_URL = System.getProperty("innkeeper.baseUrl", "http://localhost:8080").replaceAll("/+$", "");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("innkeeper.screenshots", "target/screenshots"));
    private static final AtomicInteger SHOT = new AtomicInteger(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    WebDriver driver;
    WebDriverWait wait;
    private Path profile;
    /** Where the browser saves what the desk gives to download (inside the test's browser profile). */
    Path downloads;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        if (driver != null) {
            screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
        throw failure;
    };

    @BeforeAll
    static void screenshotDirectory() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("innkeeper-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1500,1100", "--lang=en-US", "--user-data-dir=" + profile);
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        List<String> refused = new ArrayList<>();
        if (driver != null) {
            // The desk's Content-Security-Policy must not have kept anything from running or loading.
            driver.manage().logs().get(LogType.BROWSER).forEach(entry -> {
                if (entry.getMessage().contains("Content Security Policy")) {
                    refused.add(entry.getMessage());
                }
                // nor may any script of the desk have failed (one such error once kept a dialog open)
                if (entry.getLevel() == Level.SEVERE && entry.getMessage().contains("Uncaught")) {
                    refused.add(entry.getMessage());
                }
            });
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertThat(refused).as("refused by the Content-Security-Policy, or a script of the desk that failed").isEmpty();
    }

    void logIn(String user, String password) {
        open("");
        waitFor(By.id("loginButton"));
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.id("loginButton"));
        ensureEnglish();
    }

    /** The language is kept per user; a test that failed half-way may have left Russian behind. */
    void ensureEnglish() {
        waitFor(By.id("logout"));
        if (!"en".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            click(By.id("langEn"));
            wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    void open(String path) {
        driver.get(BASE_URL + "/" + path);
        waitForPage();
    }

    /** Follows the menu link to a page, as a clerk would. */
    void navigate(String page) {
        click(By.cssSelector(".sidebar a[href$='/" + page + "']"));
        wait.until(ExpectedConditions.urlContains(page));
        waitForPage();
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    String text(By locator) {
        return waitFor(locator).getText().strip();
    }

    void click(By locator) {
        click(wait.until(ExpectedConditions.elementToBeClickable(locator)));
    }

    /** Clicks an element scrolled to the middle of the window (never under the desk's sticky menu bar). */
    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
        waitForPage();
    }

    void type(By locator, String text) {
        WebElement input = waitFor(locator);
        input.clear();
        if (!input.getAttribute("value").isEmpty()) { // widgets such as p:spinner may put their value back
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        input.sendKeys(text);
    }

    /** Sets a date picker's text directly (the widget's own popup is not what is tested). */
    void setDate(String id, String value) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** PrimeFaces' selectOneMenu hides the native select: choose through its widget. */
    void selectOneMenu(String widgetVar, String value) {
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
        waitForPage();
    }

    /** A p:selectOneButton choice by its label. */
    void chooseButton(String id, String label) {
        click(By.xpath("//*[@id='" + id + "']//div[contains(@class,'ui-button')][.//span[normalize-space()='" + label + "']]"));
    }

    /** Page loaded and no PrimeFaces/jQuery AJAX request under way. */
    void waitForPage() {
        wait.until((ExpectedCondition<Boolean>) d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue"
                        + "     || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    void screenshot(String name) {
        Path target = SCREENSHOTS.resolve(String.format("%03d-%s.png", SHOT.incrementAndGet(), name));
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount as the desk shows it (1,234.50). */
    java.math.BigDecimal amount(By locator) {
        return new java.math.BigDecimal(driver.findElement(locator).getText().replace(",", "").strip());
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
