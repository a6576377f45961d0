package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/offline-messages.xhtml: the messages customers left, found by words, queue and state. */
public final class OfflineMessagesPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private OfflineMessagesPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Opens the page of a signed-in admin. */
    public static OfflineMessagesPage open(Browser browser) {
        browser.open("admin/offline-messages.xhtml");
        var page = new OfflineMessagesPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messagesForm:messages")));
        return page;
    }

    /** The customers' messages shown now, top to bottom. */
    public List<String> messages() {
        return browser.driver().findElements(By.cssSelector("#messagesForm\\:messages .offline-message")).stream()
                .map(WebElement::getText).toList();
    }

    /** Searches for the words and waits until the table shows exactly {@code expected}. */
    public void search(String words, List<String> expected) {
        var field = browser.driver().findElement(By.id("messagesForm:search"));
        field.clear();
        field.sendKeys(words);
        browser.driver().findElement(By.id("messagesForm:find")).click();
        waitForMessages(expected);
    }

    /** Chooses an option of the queue or state filter by its label and waits for the table. */
    public void filter(String menu, String label, List<String> expected) {
        SelectMenu.choose(browser.driver(), "messagesForm:" + menu, label);
        waitForMessages(expected);
    }

    public void waitForMessages(List<String> expected) {
        wait.until(driver -> messages().equals(expected));
    }

    /** Marks the row with this message handled and waits for the row to say who handled it. */
    public void markHandled(String message) {
        row(message).findElement(By.cssSelector(".offline-mark-handled")).click();
        wait.until(driver -> !row(message).findElements(By.cssSelector(".offline-handled")).isEmpty());
    }

    /** A cell's text (by its class, e.g. "offline-reason", "offline-handled") in the row with this message. */
    public String cell(String message, String cssClass) {
        return row(message).findElement(By.cssSelector("." + cssClass)).getText();
    }

    /** Whether each part of the row's e-mail address is on one line and shown whole in its cell. */
    public List<Boolean> addressPartsWhole(String message) {
        return row(message).findElements(By.cssSelector(".offline-contact .tiski-address-part")).stream()
                .map(part -> (Boolean) browser.driver().executeScript(ContactsPage.WHOLE, part)).toList();
    }

    private WebElement row(String message) {
        return browser.driver().findElement(By.xpath(
                "//tbody[@id='messagesForm:messages_data']/tr[.//span[contains(@class,'offline-message') and text()='"
                        + message + "']]"));
    }
}
