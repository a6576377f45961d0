package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** operator/organisations.xhtml: a platform operator's organisations. */
public final class OrganisationsPage {

    private final Browser browser;
    private final WebDriverWait wait;

    public OrganisationsPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    public OrganisationsPage waitUntilShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisationsForm:organisations")));
        return this;
    }

    public void create(String name, String adminUsername, String adminName, String password) {
        type("createForm:name", name);
        type("createForm:username", adminUsername);
        type("createForm:displayName", adminName);
        type("createForm:password", password);
        browser.driver().findElement(By.id("createForm:create")).click();
    }

    /** The message next to a field of the new-organisation form. */
    public String waitForFieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='createForm:" + field
                + "']/ancestor::div[contains(@class, 'tiski-field')]//*[contains(@class, 'ui-message-error')]"))).getText();
    }

    public OrganisationsPage waitForOrganisation(String name) {
        wait.until(driver -> names().contains(name));
        return this;
    }

    public List<String> names() {
        return browser.driver().findElements(By.cssSelector("#organisationsForm\\:organisations .organisation-name"))
                .stream().map(WebElement::getText).toList();
    }

    public String state(String name) {
        return row(name).findElement(By.cssSelector(".organisation-state")).getText();
    }

    public void rename(String name, String newName) {
        row(name).findElement(By.cssSelector(".organisation-rename")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("renameForm:name")));
        type("renameForm:name", newName);
        browser.driver().findElement(By.id("renameForm:save")).click();
        waitForOrganisation(newName);
    }

    /** Deactivates after saying yes to the question; waits until the row says so. */
    public void deactivate(String name, String deactivatedText) {
        row(name).findElement(By.cssSelector(".organisation-deactivate")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(driver -> state(name).equals(deactivatedText));
    }

    private WebElement row(String name) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#organisationsForm\\:organisations tbody tr"))
                .stream().filter(tr -> tr.findElements(By.cssSelector(".organisation-name")).stream()
                        .anyMatch(cell -> cell.getText().equals(name)))
                .findFirst().orElse(null));
    }

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
