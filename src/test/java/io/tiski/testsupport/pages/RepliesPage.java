package io.tiski.testsupport.pages;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/replies.xhtml: the organisation-wide canned replies. */
public final class RepliesPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private RepliesPage(Browser browser) {
        this.browser = browser;
        // Ajax updates replace table rows while we read them: a stale row just means "look again".
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Follows the link in the header of any page a signed-in admin sees. */
    public static RepliesPage openFromMenu(Browser browser) {
        browser.driver().findElement(By.linkText("Canned replies")).click();
        var page = new RepliesPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repliesForm:replies")));
        return page;
    }

    /** Opens the dialog for a new reply, fills it in and saves; {@code queue} null for all queues. */
    public void create(String keyword, String title, String text, String queue) {
        browser.driver().findElement(By.id("repliesForm:new")).click();
        fillAndSave(keyword, title, text, queue);
    }

    /** Opens the dialog of the reply with this keyword and saves it with a new title and text. */
    public void rewrite(String keyword, String newTitle, String newText) {
        row(keyword).findElement(By.cssSelector(".reply-edit")).click();
        fillAndSave(null, newTitle, newText, null);
    }

    private void fillAndSave(String keyword, String title, String text, String queue) {
        var driver = browser.driver();
        var keywordField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replyForm:keyword")));
        if (keyword != null) {
            replaceText(keywordField, keyword);
        }
        replaceText(driver.findElement(By.id("replyForm:title")), title);
        replaceText(driver.findElement(By.id("replyForm:text")), text);
        if (queue != null) {
            chooseQueue(queue);
        }
        browser.screenshot("RepliesPage-dialog");
        Accessibility.assertNoSeriousViolations(browser, "admin/replies.xhtml, reply dialog");
        driver.findElement(By.id("replyForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("replyDialog")));
    }

    /** Opens the dialog of the reply with this keyword, to change its language versions. */
    public void edit(String keyword) {
        row(keyword).findElement(By.cssSelector(".reply-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("replyForm:keyword")));
    }

    /** In the open dialog: adds a language version, the language as the list names it. */
    public void addVersion(String language, String text) {
        int index = versionCount();
        clickInDialog(By.id("replyForm:addVersion"));
        wait.until(driver -> versionCount() == index + 1);
        SelectMenu.choose(browser.driver(), versionId(index, "versionLanguage"), language);
        versionText(index, text);
    }

    /** In the open dialog: replaces the text of the version at this position (from 0). */
    public void versionText(int index, String text) {
        replaceText(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(versionId(index, "versionText")))), text);
    }

    public void removeVersion(int index) {
        int before = versionCount();
        clickInDialog(By.id(versionId(index, "removeVersion")));
        wait.until(driver -> versionCount() == before - 1);
    }

    /** Saves the open dialog and waits for it to close. */
    public void save() {
        browser.driver().findElement(By.id("replyForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("replyDialog")));
    }

    /** Saves the open dialog expecting a refusal: answers the error shown in it, which stays open. */
    public String saveRefused() {
        browser.driver().findElement(By.id("replyForm:save")).click();
        var error = wait.until(driver -> driver.findElements(By.cssSelector("#replyDialog .ui-message-error")).stream()
                .filter(message -> !message.getText().isBlank()).findFirst().orElse(null));
        // As the admin would: the error is below the fold of a long dialog.
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", error);
        return error.getText();
    }

    private int versionCount() {
        return browser.driver().findElements(By.cssSelector("#replyDialog .tiski-reply-version")).size();
    }

    private static String versionId(int index, String field) {
        return "replyForm:version:" + index + ":" + field;
    }

    private void chooseQueue(String queue) {
        SelectMenu.choose(browser.driver(), "replyForm:queue", queue);
    }

    private static void replaceText(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    public List<String> keywords() {
        return browser.driver().findElements(By.cssSelector("#repliesForm\\:replies .reply-keyword")).stream()
                .map(WebElement::getText).toList();
    }

    /** Waits until the table shows the reply with this title. */
    public RepliesPage waitForReply(String keyword, String title) {
        wait.until(driver -> cell(keyword, "reply-title").equals(title));
        return this;
    }

    /** Waits until the cell of the reply's row with this class shows this text. */
    public RepliesPage waitForCell(String keyword, String cellClass, String text) {
        wait.until(driver -> cell(keyword, cellClass).equals(text));
        return this;
    }

    /** A cell of the reply's row by its class: reply-title, reply-text, reply-versions or reply-queue. */
    public String cell(String keyword, String cellClass) {
        return row(keyword).findElement(By.className(cellClass)).getText();
    }

    private WebElement row(String keyword) {
        return wait.until(driver -> driver.findElement(By.xpath(
                "//tr[td//span[contains(@class, 'reply-keyword') and text()='/" + keyword + "']]")));
    }

    /**
     * Clicks a button of the reply dialog, whose content scrolls: the button is scrolled to the middle
     * of the dialog first, as a user would, since at its edge the content's shadow takes the click.
     */
    private void clickInDialog(By button) {
        var element = browser.driver().findElement(button);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
