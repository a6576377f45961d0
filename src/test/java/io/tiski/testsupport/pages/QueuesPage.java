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

    /** Opens the settings dialog of a queue and waits for it. */
    public void openSettings(String queueName) {
        row(queueName).findElement(By.cssSelector(".queue-edit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:name")));
    }

    /** Whether the open settings dialog shows the offer timeout. */
    public boolean showsOfferTimeout() {
        return browser.driver().findElements(By.id("editForm:offerTimeoutSeconds")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Chooses a routing mode by its label in the open settings dialog and waits for the dialog to follow. */
    public void chooseRoutingMode(String label) {
        String hint = browser.driver().findElement(By.id("editForm:routingHint")).getText();
        browser.driver().findElement(By.id("editForm:routingMode")).click();
        var option = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#editForm\\:routingMode_items li[data-label='" + label + "']")));
        // The panel slides open: a click while it moves can miss the option.
        var lastSeen = new org.openqa.selenium.Rectangle[1];
        wait.until(driver -> {
            var now = option.getRect();
            boolean still = now.equals(lastSeen[0]);
            lastSeen[0] = now;
            return still;
        });
        option.click();
        wait.until(driver -> !driver.findElement(By.id("editForm:routingHint")).getText().equals(hint));
    }

    public void closeSettings() {
        browser.driver().findElement(By.cssSelector("#editDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
    }

    /** Opens the schedule dialog of a queue, switches it on and chooses the zone by typing part of its name. */
    public void openScheduleInZone(String queueName, String typed, String zone) {
        var driver = browser.driver();
        row(queueName).findElement(By.cssSelector(".queue-schedule")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scheduleForm .schedule-day")));
        driver.findElement(By.cssSelector("#scheduleForm\\:enabled .ui-chkbox-box")).click();
        driver.findElement(By.id("scheduleForm:timeZone")).click();
        var filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scheduleForm:timeZone_filter")));
        filter.sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#scheduleForm\\:timeZone_items li[data-label*='(" + zone + ")']"))).click();
    }

    /** The labels of every time zone the schedule dialog offers. */
    public List<String> timeZoneLabels() {
        return browser.driver().findElements(By.cssSelector("#scheduleForm\\:timeZone_items li"))
                .stream().map(li -> li.getAttribute("data-label")).toList();
    }

    /** The time zone shown as chosen in the schedule dialog. */
    public String chosenTimeZone() {
        return browser.driver().findElement(By.id("scheduleForm:timeZone_label")).getText();
    }

    /** Types the hours of the day at {@code index} (0 is Monday) and the closed dates, and presses Save. */
    public void typeHoursAndSave(int index, String hours, String closedDates) {
        var driver = browser.driver();
        var day = driver.findElements(By.cssSelector("#scheduleForm .schedule-day")).get(index);
        day.clear();
        day.sendKeys(hours);
        var dates = driver.findElement(By.id("scheduleForm:closedDates"));
        dates.clear();
        dates.sendKeys(closedDates);
        driver.findElement(By.id("scheduleForm:save")).click();
    }

    /** Waits for an error in the schedule dialog and answers it. */
    public String waitForScheduleError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scheduleForm .ui-messages-error")))
                .getText();
    }

    /** How many places on the whole page (dialog and the page behind) show this text as an error. */
    public long errorsShowing(String text) {
        return browser.driver().findElements(By.cssSelector(".ui-messages-error, .ui-message-error, .ui-growl-message")).stream()
                .filter(element -> element.getText().contains(text)).count();
    }

    /** Whether the schedule dialog's Save is inside the window and on top, so a click reaches it. */
    public boolean scheduleSaveReachable() {
        var save = browser.driver().findElement(By.id("scheduleForm:save"));
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "const box = arguments[0].getBoundingClientRect();"
                        + "const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);"
                        + "return box.bottom <= window.innerHeight && box.top >= 0 && arguments[0].contains(top);", save));
    }

    /** Whether the day at {@code index} is marked as the one in error. */
    public boolean dayMarkedInError(int index) {
        return browser.driver().findElements(By.cssSelector("#scheduleForm .schedule-day")).get(index)
                .getAttribute("class").contains("ui-state-error");
    }

    public void waitForScheduleClosed() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("scheduleDialog")));
    }

    private WebElement row(String queueName) {
        return browser.driver().findElement(By.xpath("//tr[td//span[@class='queue-name' and text()='" + queueName + "']]"));
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
