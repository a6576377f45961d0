package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/users.xhtml */
public final class UsersPage {

    private final Browser browser;
    private final WebDriverWait wait;

    UsersPage(Browser browser) {
        this.browser = browser;
        // Ajax updates replace table rows while we read them: a stale row just means "look again".
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    UsersPage waitUntilShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")));
        return this;
    }

    public void create(String username, String displayName, String password) {
        type("createForm:username", username);
        type("createForm:displayName", displayName);
        type("createForm:password", password);
        browser.driver().findElement(By.id("createForm:create")).click();
    }

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public String waitForPasswordError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#createForm .ui-message-error")))
                .getText();
    }

    /** Opens the edit dialog of the user with this display name. */
    public void openEdit(String displayName) {
        browser.driver().findElement(By.xpath("//tr[td//span[contains(@class,'user-name') and text()='" + displayName + "']]"))
                .findElement(By.cssSelector(".user-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editDialog")));
    }

    public void closeEdit() {
        browser.driver().findElement(By.cssSelector("#editDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    }

    public UsersPage waitForUser(String displayName) {
        wait.until(driver -> userNames().contains(displayName));
        return this;
    }

    public List<String> userNames() {
        return browser.driver().findElements(By.cssSelector("#usersForm\\:users .user-name")).stream()
                .map(WebElement::getText).toList();
    }
}
