package org.creditgraph.api.explorer;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}) driven by Selenium with the
 * system driver, so nothing is downloaded. Keeps every console message and every URL the page requested, and writes
 * screenshots to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every host name but localhost fails to resolve: the network beyond this machine is refused. */
    public static final String ONLY_LOCALHOST = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost";

    public final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final List<String> requested = new ArrayList<>();

    /** Skips the calling test when the browser is not installed, unless CREDITGRAPH_REQUIRE_BROWSER=true (CI). */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CREDITGRAPH_REQUIRE_BROWSER"))) {
            fail("CREDITGRAPH_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(
                installed, "headless Chromium is not installed (apt-get install chromium chromium-driver)");
    }

    public Browser() throws IOException {
        this(new String[0]);
    }

    /** With extra Chromium command-line switches, e.g. {@link #ONLY_LOCALHOST}. */
    public Browser(String... extraArguments) throws IOException {
        // Selenium Manager must not look for a driver or browser on the network.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("creditgraph-chromium");
        downloads = Files.createTempDirectory("creditgraph-downloads");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // without these Chromium keeps calling home, and there is no network here
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "zh-CN,zh"));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    public void open(String url) {
        drainLogs();
        driver.get(url);
    }

    public WebElement await(By by) {
        return waitUntil(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    public WebElement awaitText(By by, String text) {
        return waitUntil(d -> d.findElements(by).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(90)).until(condition);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves a screenshot of the window as target/screenshots/NAME.png. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Console messages at SEVERE level since the last call. */
    public List<String> severeConsoleMessages() {
        drainLogs();
        List<String> severe = console.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
        console.clear();
        return severe;
    }

    /** Every URL a page asked for (documents, scripts, fetches, images, downloads) since the last call. */
    public List<String> requestedUrls() {
        drainLogs();
        List<String> urls = List.copyOf(requested);
        requested.clear();
        return urls;
    }

    /** Empties the download folder. */
    void clearDownloads() throws IOException {
        try (var files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private void drainLogs() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                requested.add(message.at("/params/request/url").asString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        deleteTree(profile);
        deleteTree(downloads);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
