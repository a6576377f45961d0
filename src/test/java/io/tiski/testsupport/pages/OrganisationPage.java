package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/organisation.xhtml: the organisation's settings (web sites allowed to show the widget, time zone). */
public final class OrganisationPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private OrganisationPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    /** Opens the page of a signed-in admin. */
    public static OrganisationPage open(Browser browser) {
        browser.open("admin/organisation.xhtml");
        var page = new OrganisationPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:allowedOrigins")));
        return page;
    }

    /** Replaces the allowed sites (one per line) and saves. */
    public void allowSites(String... origins) {
        var field = browser.driver().findElement(By.id("settingsForm:allowedOrigins"));
        field.clear();
        field.sendKeys(String.join("\n", origins));
        browser.driver().findElement(By.id("settingsForm:save")).click();
    }

    /** The error shown next to the field, waiting for it. */
    public String waitForError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#settingsForm .ui-message-error"))).getText();
    }

    /** Waits for the note that the settings were saved. */
    public void waitUntilSaved() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
    }

    /** The allowed sites as the page shows them, one per line. */
    public String allowedSites() {
        return browser.driver().findElement(By.id("settingsForm:allowedOrigins")).getAttribute("value");
    }

    /** Chooses the time zone by typing part of its name in the list's search field, and saves. */
    public void chooseTimeZone(String typed, String zone) {
        browser.driver().findElement(By.id("settingsForm:timeZone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settingsForm:timeZone_filter"))).sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#settingsForm\\:timeZone_items li[data-label*='(" + zone + ")']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("settingsForm:timeZone_panel")));
        browser.driver().findElement(By.id("settingsForm:save")).click();
    }

    /** The time zone shown as chosen. */
    public String chosenTimeZone() {
        return browser.driver().findElement(By.id("settingsForm:timeZone_label")).getText();
    }

    public String snippet() {
        return browser.driver().findElement(By.id("settingsForm:snippet")).getText();
    }
}
