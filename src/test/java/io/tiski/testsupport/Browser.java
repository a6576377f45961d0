package io.tiski.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (no driver download). Screenshots
 * go to target/screenshots, so a person can look at what the test saw. In a {@link BrowserTest}
 * that fails, every browser the test opened leaves a screenshot and its page source in
 * target/screenshots/failures, taken at the moment of failure, before the browser closes.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path FAILURES = SCREENSHOTS.resolve("failures");

    /** Browsers not yet quit, in the order they were opened. */
    private static final Set<Browser> OPEN = ConcurrentHashMap.newKeySet();
    /** While a browser test runs, closing only marks a browser: it quits after the evidence is taken. */
    private static volatile boolean keepForEvidence;

    private final ChromeDriver driver;
    private final Path profile;
    private final long opened = System.nanoTime();
    private volatile boolean closeRequested;

    public Browser() {
        try {
            profile = Files.createTempDirectory("tiski-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--lang=en", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        OPEN.add(this);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(TestServer.baseUri().resolve(path).toString());
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (keepForEvidence) {
            closeRequested = true;
        } else {
            quit();
        }
    }

    private void quit() {
        OPEN.remove(this);
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }

    /** Saves a screenshot and the page source; a browser that no longer answers is skipped, not fatal. */
    private void saveEvidence(String name) {
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            System.out.println("Browser: evidence of the failure in " + FAILURES.resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            System.out.println("Browser: no evidence for " + name + ": " + e);
        }
    }

    /** The extension behind {@link BrowserTest}. */
    static final class FailureEvidence implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

        @Override
        public void beforeTestExecution(ExtensionContext context) {
            keepForEvidence = true;
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            keepForEvidence = false;
            List<Browser> browsers = new ArrayList<>(OPEN);
            browsers.sort(java.util.Comparator.comparingLong(browser -> browser.opened));
            if (context.getExecutionException().isPresent()) {
                String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
                for (int i = 0; i < browsers.size(); i++) {
                    browsers.get(i).saveEvidence(test + "-" + (i + 1));
                }
            }
            browsers.stream().filter(browser -> browser.closeRequested).forEach(Browser::quit);
        }
    }
}
