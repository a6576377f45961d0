package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat widget on the demo host page (widget/demo.html, organisation Demo). The widget lives in
 * the Shadow DOM of its {@code <tiski-chat>} element: every lookup goes through {@link #root()}.
 */
public final class WidgetPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private WidgetPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        // Checked every 100 ms rather than Selenium's 500: the browser tests wait on many short steps.
        this.wait.pollingEvery(Duration.ofMillis(100));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public static WidgetPage open(Browser browser) {
        return openAt(browser, "widget/demo.html");
    }

    /** The widget of a test's own organisation, on a page of the test fixtures. */
    public static WidgetPage openFor(Browser browser, long organisationId) {
        return openAt(browser, "test-fixtures/widget?organisation=" + organisationId);
    }

    /**
     * The widget of a test's own organisation on a shop page of another origin than Tiski's (the
     * page at 127.0.0.1, the widget from localhost), as on an enterprise's own site.
     */
    public static WidgetPage openCrossOrigin(Browser browser, long organisationId) {
        var tiski = io.tiski.testsupport.TestServer.baseUri();
        return openAt(browser, "http://127.0.0.1:" + tiski.getPort() + tiski.getPath()
                + "test-fixtures/widget?crossOrigin=true&organisation=" + organisationId);
    }

    /** Opens the page, and the widget with its launcher if it starts minimised (a new tab does). */
    private static WidgetPage openAt(Browser browser, String path) {
        browser.open(path);
        var page = new WidgetPage(browser);
        page.wait.until(driver -> page.isShown("launcher") || page.isShown("start"));
        if (page.isShown("launcher")) {
            page.open();
        }
        page.visible("start");
        return page;
    }

    /** Opens a page of the shop in the same tab (the widget's state is in its session storage). */
    public void goTo(String path) {
        browser.open(path);
        wait.until(driver -> isShown("launcher") || isShown("minimise"));
    }

    /** The widget's shadow root (the page's own elements are not in it). */
    public SearchContext root() {
        return browser.driver().findElement(By.cssSelector("tiski-chat")).getShadowRoot();
    }

    public void open() {
        visible("launcher").click();
        visible("minimise");
    }

    public void minimise() {
        visible("minimise").click();
        visible("launcher");
    }

    public boolean isOpen() {
        return isShown("minimise");
    }

    public boolean isShown(String testId) {
        try {
            var found = root().findElements(By.cssSelector("[data-testid=" + testId + "]"));
            return !found.isEmpty() && found.get(0).isDisplayed();
        } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException e) {
            return false;
        }
    }

    /** Presses a key where the focus is now (Escape minimises the widget). */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    public void click(String testId) {
        visible(testId).click();
    }

    /** The data-testid of the element that has the focus inside the widget; null when the focus is elsewhere. */
    public String focused() {
        return (String) js("var host = document.querySelector('tiski-chat');"
                + "var active = document.activeElement === host ? host.shadowRoot.activeElement : null;"
                + "return active && active.getAttribute('data-testid');");
    }

    /** The computed value of a CSS property of the widget's element with this data-testid. */
    public String style(String testId, String property) {
        return find(testId).getCssValue(property);
    }

    /** Waits until the chat's message list is scrolled to its end (the newest message in view). */
    public void waitForNewestInView() {
        wait.until(driver -> Boolean.TRUE.equals(js("var list = arguments[0];"
                + "return list.scrollHeight > list.clientHeight && list.scrollHeight - list.scrollTop - list.clientHeight < 2;",
                find("messages"))));
    }

    public void waitForTyping() {
        wait.until(driver -> !find("typing").getText().isEmpty());
    }

    /** Waits until the widget names this agent as the one with the customer. */
    public void waitForConnected(String text) {
        wait.until(driver -> text.equals(find("connected").getText()));
    }

    public String typing() {
        return find("typing").getText();
    }

    /** The address the transcript form offers (the one given at the start). */
    public String transcriptAddress() {
        return visible("transcript-email").getDomProperty("value");
    }

    /** The label of "Start a new chat" (after an ending or an offline message sent). */
    public String newChatLabel() {
        return visible("new-chat").getText();
    }

    /** Clicks "Start a new chat" after an ending; waits for the start form. */
    public void startANewChat() {
        visible("new-chat").click();
        visible("start");
    }

    public void leaveTheQueue() {
        visible("leave").click();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    private WebElement find(String testId) {
        return root().findElement(By.cssSelector("[data-testid=" + testId + "]"));
    }

    private WebElement visible(String testId) {
        return wait.until(driver -> isShown(testId) ? find(testId) : null);
    }

    /** Chooses the widget's language in the start form (by its name, e.g. "Suomi") and waits for its texts. */
    public void chooseLanguage(String languageName, String startButtonText) {
        new Select(find("language")).selectByVisibleText(languageName);
        wait.until(driver -> find("start").getText().equals(startButtonText));
    }

    /** The queues the start form offers, as named there. */
    public List<String> queues() {
        return new Select(visible("queue")).getOptions().stream().map(WebElement::getText).toList();
    }

    public void startChat(String queueName, String name) {
        new Select(find("queue")).selectByVisibleText(queueName);
        find("name").sendKeys(name);
        find("start").click();
    }

    /** Starts a chat giving a phone and an e-mail (null: left empty; a field is emptied first). */
    public void startChat(String queueName, String name, String phone, String email) {
        new Select(find("queue")).selectByVisibleText(queueName);
        var nameField = find("name");
        nameField.clear();
        nameField.sendKeys(name);
        for (var field : new String[][] {{"phone", phone}, {"email", email}}) {
            var input = find(field[0]);
            input.clear();
            if (field[1] != null) {
                input.sendKeys(field[1]);
            }
        }
        find("start").click();
    }

    /** Waits for the start form's message next to a field ("phone", "email"). */
    public String fieldError(String field) {
        var error = find(field + "-error");
        wait.until(driver -> !error.getText().isEmpty());
        return error.getText();
    }

    /** Fills in and sends the offline form that a closed queue shows; answers the widget's reply. */
    public String leaveMessage(String contact, String message) {
        visible("offline-contact").sendKeys(contact);
        find("offline-message").sendKeys(message);
        find("offline-send").click();
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
        find("message-input").sendKeys(message, Keys.ENTER);
    }

    /** Picks files in the attach dialog (the widget uploads them and sends them as one message). */
    public void attach(Path... files) {
        String paths = java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining("\n"));
        find("files").sendKeys(paths);
    }

    /** Waits until an image sent in the chat is shown (fetched and decoded); answers its alt text. */
    public String waitForImage() {
        var image = wait.until(driver -> root().findElements(By.cssSelector("[data-testid=image]")).stream()
                .filter(img -> Boolean.TRUE.equals(js("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
                .findFirst().orElse(null));
        return image.getAttribute("alt");
    }

    /** Waits until a chat message with exactly this text is shown and delivered (not pending); answers its line. */
    public WebElement waitForMessage(String message) {
        return wait.until(driver -> root().findElements(By.cssSelector("[data-testid=message]:not(.tiski-pending)")).stream()
                .filter(item -> bodyOf(item).equals(message)).findFirst().orElse(null));
    }

    /** The messages' texts (without who wrote them and when). */
    public List<String> messages() {
        // The widget redraws its lines as frames arrive; a list replaced while read is read again.
        return wait.until(driver -> root().findElements(By.cssSelector("[data-testid=message]")).stream()
                .map(WidgetPage::bodyOf).toList());
    }

    /** Who wrote a message and when, as the customer reads it ("Aino Agent · 09:15 AM"), once it has its time. */
    public String metaOf(WebElement message) {
        return wait.until(driver -> {
            var meta = message.findElement(By.cssSelector("[data-testid=message-meta]"));
            return meta.findElements(By.tagName("time")).isEmpty() ? null : meta.getText();
        });
    }

    /** The instant a message's time stands for (its datetime attribute). */
    public String instantOf(WebElement message) {
        return message.findElement(By.cssSelector("[data-testid=message-time]")).getAttribute("datetime");
    }

    /** Clicks a choice of an agent's options menu. */
    public void choose(String option) {
        wait.until(driver -> root().findElements(By.cssSelector("[data-testid=option]")).stream()
                .filter(button -> button.getText().equals(option) && button.isEnabled()).findFirst().orElse(null)).click();
    }

    private static String bodyOf(WebElement item) {
        return item.findElement(By.cssSelector("[data-testid=message-body]")).getText();
    }

    /** Fills in the transcript form shown after a chat; answers the note the widget shows. */
    public String askForTranscript(String email) {
        var field = visible("transcript-email");
        field.clear();
        field.sendKeys(email);
        find("transcript-send").click();
        wait.until(d -> !find("transcript-note").getText().isEmpty());
        return find("transcript-note").getText();
    }

    public String ended() {
        return text("ended");
    }

    private String text(String testId) {
        return visible(testId).getText();
    }
}
