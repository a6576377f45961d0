package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat widget on the demo host page (widget/demo.html, organisation Demo). */
public final class WidgetPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private WidgetPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    public static WidgetPage open(Browser browser) {
        return openAt(browser, "widget/demo.html");
    }

    /** The widget of a test's own organisation, on a page of the test fixtures. */
    public static WidgetPage openFor(Browser browser, long organisationId) {
        return openAt(browser, "test-fixtures/widget?organisation=" + organisationId);
    }

    private static WidgetPage openAt(Browser browser, String path) {
        browser.open(path);
        var page = new WidgetPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=start]")));
        return page;
    }

    public void startChat(String queueName, String name) {
        var driver = browser.driver();
        new Select(driver.findElement(By.cssSelector("[data-testid=queue]"))).selectByVisibleText(queueName);
        driver.findElement(By.cssSelector("[data-testid=name]")).sendKeys(name);
        driver.findElement(By.cssSelector("[data-testid=start]")).click();
    }

    /** Starts a chat giving a phone and an e-mail (null: left empty; a field is emptied first). */
    public void startChat(String queueName, String name, String phone, String email) {
        var driver = browser.driver();
        new Select(driver.findElement(By.cssSelector("[data-testid=queue]"))).selectByVisibleText(queueName);
        var nameField = driver.findElement(By.cssSelector("[data-testid=name]"));
        nameField.clear();
        nameField.sendKeys(name);
        for (var field : new String[][] {{"phone", phone}, {"email", email}}) {
            var input = driver.findElement(By.cssSelector("[data-testid=" + field[0] + "]"));
            input.clear();
            if (field[1] != null) {
                input.sendKeys(field[1]);
            }
        }
        driver.findElement(By.cssSelector("[data-testid=start]")).click();
    }

    /** Waits for the start form's message next to a field ("phone", "email"). */
    public String fieldError(String field) {
        var error = browser.driver().findElement(By.cssSelector("[data-testid=" + field + "-error]"));
        wait.until(driver -> !error.getText().isEmpty());
        return error.getText();
    }

    /** Fills in and sends the offline form that a closed queue shows; answers the widget's reply. */
    public String leaveMessage(String contact, String message) {
        var driver = browser.driver();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=offline-contact]")))
                .sendKeys(contact);
        driver.findElement(By.cssSelector("[data-testid=offline-message]")).sendKeys(message);
        driver.findElement(By.cssSelector("[data-testid=offline-send]")).click();
        return text("offline-sent");
    }

    public String position() {
        return text("position");
    }

    public String estimate() {
        return text("estimate");
    }

    /** Waits (the widget polls) until the customer is told an agent is with them. */
    public String connected() {
        return text("connected");
    }

    /** Types a chat message and sends it with Enter, as a customer would. */
    public void write(String message) {
        browser.driver().findElement(By.cssSelector("[data-testid=message-input]")).sendKeys(message, Keys.ENTER);
    }

    /** Picks files in the attach dialog (the widget uploads them and sends them as one message). */
    public void attach(Path... files) {
        String paths = java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining("\n"));
        browser.driver().findElement(By.cssSelector("[data-testid=files]")).sendKeys(paths);
    }

    /** Waits until an image sent in the chat is shown (fetched and decoded); answers its alt text. */
    public String waitForImage() {
        var image = wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=image]")).stream()
                .filter(img -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
                .findFirst().orElse(null));
        return image.getAttribute("alt");
    }

    /** Waits until a chat message with exactly this text is shown and delivered (not pending). */
    public void waitForMessage(String message) {
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=message]:not(.tiski-pending)")).stream()
                .anyMatch(item -> item.getText().equals(message)));
    }

    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("[data-testid=message]")).stream()
                .map(WebElement::getText).toList();
    }

    /** Fills in the transcript form shown after a chat; answers the note the widget shows. */
    public String askForTranscript(String email) {
        var driver = browser.driver();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=transcript-email]")))
                .sendKeys(email);
        driver.findElement(By.cssSelector("[data-testid=transcript-send]")).click();
        wait.until(d -> !d.findElement(By.cssSelector("[data-testid=transcript-note]")).getText().isEmpty());
        return driver.findElement(By.cssSelector("[data-testid=transcript-note]")).getText();
    }

    public String ended() {
        return text("ended");
    }

    private String text(String testId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=" + testId + "]")))
                .getText();
    }
}
