package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/queues.xhtml */
public final class QueuesPage {

    private final Browser browser;
    private final WebDriverWait wait;

    QueuesPage(Browser browser) {
        this.browser = browser;
        // Ajax updates replace table rows while we read them: a stale row just means "look again".
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    QueuesPage waitUntilShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queuesForm:queues")));
        return this;
    }

    public List<String> queueNames() {
        return browser.driver().findElements(By.cssSelector("#queuesForm\\:queues .queue-name")).stream()
                .map(WebElement::getText).toList();
    }

    public void create(String name) {
        var input = browser.driver().findElement(By.id("createForm:name"));
        input.clear();
        input.sendKeys(name);
        browser.driver().findElement(By.id("createForm:create")).click();
    }

    public QueuesPage waitForQueue(String name) {
        wait.until(driver -> queueNames().contains(name));
        return this;
    }

    public String waitForFieldError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#createForm .ui-message-error")))
                .getText();
    }

    /** Opens the settings dialog of a queue, renames it and makes {@code handler} one of its handlers. */
    public void renameAndAddHandler(String queueName, String newName, String handler) {
        var driver = browser.driver();
        var row = driver.findElement(By.xpath("//tr[td//span[@class='queue-name' and text()='" + queueName + "']]"));
        row.findElement(By.cssSelector(".queue-edit")).click();
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name")));
        name.clear();
        name.sendKeys(newName);
        driver.findElement(By.id("editForm:handlers")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='editForm:handlers_panel']//li[.//label[text()='" + handler + "']]"))).click();
        driver.findElement(By.cssSelector("#editForm\\:handlers_panel .ui-selectcheckboxmenu-close")).click();
        driver.findElement(By.id("editForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    }

    /** Opens the schedule dialog of a queue, switches it on in the zone, sets Monday's hours and saves. */
    public void scheduleMondays(String queueName, String zone, String hours) {
        var driver = browser.driver();
        var row = driver.findElement(By.xpath("//tr[td//span[@class='queue-name' and text()='" + queueName + "']]"));
        row.findElement(By.cssSelector(".queue-schedule")).click();
        var monday = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scheduleForm .schedule-day")));
        driver.findElement(By.cssSelector("#scheduleForm\\:enabled .ui-chkbox-box")).click();
        driver.findElement(By.id("scheduleForm:timeZone")).click();
        var filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scheduleForm:timeZone_filter")));
        filter.sendKeys(zone);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#scheduleForm\\:timeZone_items li[data-label='" + zone + "']"))).click();
        monday.clear();
        monday.sendKeys(hours);
        browser.screenshot("QueuesPage-schedule-dialog");
        driver.findElement(By.id("scheduleForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("scheduleDialog")));
    }

    public String handlersOf(String queueName) {
        return wait.until(driver -> driver.findElement(By.xpath(
                "//tr[td//span[@class='queue-name' and text()='" + queueName + "']]//span[@class='queue-handlers']")).getText());
    }

    public UsersPage openUsers() {
        browser.open("admin/users.xhtml");
        return new UsersPage(browser).waitUntilShown();
    }

    public LoginPage logOut() {
        browser.driver().findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        return new LoginPage(browser);
    }
}
