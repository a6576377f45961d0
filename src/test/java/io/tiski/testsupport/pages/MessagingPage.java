package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/messaging.xhtml: how the organisation's SMS are sent, and a test SMS. */
public final class MessagingPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private MessagingPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    /** Opens the page of a signed-in admin. */
    public static MessagingPage open(Browser browser) {
        browser.open("admin/messaging.xhtml");
        var page = new MessagingPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:save")));
        return page;
    }

    /** Chooses the HTTP gateway, fills in its settings (a null password leaves the field empty) and saves. */
    public void useHttpService(String url, String username, String password, String template) {
        var driver = browser.driver();
        driver.findElement(By.cssSelector("label[for='settingsForm:gateway:1']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:url")));
        // The choice redraws the service's fields by ajax: typing starts once that is done.
        waitForAjax();
        type("settingsForm:url", url);
        type("settingsForm:username", username);
        if (password != null) {
            type("settingsForm:password", password);
        }
        type("settingsForm:bodyTemplate", template);
        driver.findElement(By.id("settingsForm:save")).click();
    }

    /** Chooses "kept in Tiski" and saves; the service's fields go out of sight. */
    public void useRecording() {
        browser.driver().findElement(By.cssSelector("label[for='settingsForm:gateway:0']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("settingsForm:url")));
        waitForAjax();
        browser.driver().findElement(By.id("settingsForm:save")).click();
        waitForAjax();
    }

    /** Whether the SMS service's own fields are on the page. */
    public boolean showsServiceFields() {
        return !browser.driver().findElements(By.id("settingsForm:url")).isEmpty();
    }

    /** The error shown next to a field of the settings form, waiting for it. */
    public String waitForError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='settingsForm:" + field + "'] ~ .ui-message-error, .ui-message-error[id$='" + field + "']")))
                .getText();
    }

    /** Waits for the note that the settings were saved. */
    public void waitUntilSaved() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    /** Whether the page says a password is stored. */
    public boolean showsPasswordStored() {
        return !browser.driver().findElements(By.id("settingsForm:removePassword")).isEmpty();
    }

    /** Sends a test SMS and answers what the page says about it. */
    public String sendTest(String number) {
        waitForAjax();
        type("testForm:testTo", number);
        browser.driver().findElement(By.id("testForm:sendTest")).click();
        // The answer redraws the form: what it says is read once the request is done, again if redrawn meanwhile.
        waitForAjax();
        return wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElements(
                By.cssSelector("#testForm .ui-messages-info, #testForm .ui-messages-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null));
    }

    /** Waits until PrimeFaces has no ajax request on its way (a click's answer has redrawn what it updates). */
    private void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Replaces a field's text; a field redrawn while typed into is found and typed into again. */
    private void type(String id, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            var field = driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
            return text.equals(field.getAttribute("value"));
        });
    }
}
