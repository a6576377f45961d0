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

/** admin/tags.xhtml */
public final class TagsPage {

    private final Browser browser;
    private final WebDriverWait wait;

    TagsPage(Browser browser) {
        this.browser = browser;
        // Ajax updates replace table rows while we read them: a stale row just means "look again".
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** From any page with the header: the "Tags" link of the navigation. */
    public static TagsPage openFromNavigation(Browser browser) {
        browser.driver().findElement(By.linkText("Tags")).click();
        return new TagsPage(browser).waitUntilShown();
    }

    TagsPage waitUntilShown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tagsForm:tags")));
        return this;
    }

    public List<String> tagNames() {
        return browser.driver().findElements(By.cssSelector("#tagsForm\\:tags .tag-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the dialog with "New tag", names the tag, picks one of the offered colours and saves. */
    public void create(String name, String swatch) {
        browser.driver().findElement(By.id("tagsForm:create")).click();
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tagForm:name"))), name);
        browser.driver().findElement(By.id("tagForm:colour")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='clr-swatches']//button[text()='" + swatch + "']"))).click();
        browser.screenshot("TagsPage-colour-picker");
        browser.driver().findElement(By.id("clr-close")).click();
        // The colour picker's own popup (Coloris) is left out: its marker has a label and no role.
        Accessibility.assertNoSeriousViolations(browser, "admin/tags.xhtml, tag dialog");
        save();
    }

    public void rename(String name, String newName) {
        row(name).findElement(By.cssSelector(".tag-edit")).click();
        // The dialog is shown only after its form was filled in afresh (the last one is still in the page, hidden).
        var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tagForm:name")));
        type(field, newName);
        save();
    }

    public void retire(String name) {
        row(name).findElement(By.cssSelector(".tag-retire")).click();
        wait.until(driver -> stateOf(name).equals("Retired"));
    }

    public TagsPage waitForTag(String name) {
        wait.until(driver -> tagNames().contains(name));
        return this;
    }

    /** Active or Retired, as the table shows it. */
    public String stateOf(String name) {
        return row(name).findElement(By.cssSelector(".tag-state")).getText();
    }

    /** The colour of the tag's swatch, #rrggbb. */
    public String colourOf(String name) {
        return row(name).findElement(By.cssSelector(".tag-swatch")).getAttribute("title");
    }

    private WebElement row(String name) {
        return wait.until(driver -> driver.findElement(
                By.xpath("//tr[td//span[@class='tag-name' and text()='" + name + "']]")));
    }

    private void save() {
        browser.driver().findElement(By.id("tagForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("tagDialog")));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
