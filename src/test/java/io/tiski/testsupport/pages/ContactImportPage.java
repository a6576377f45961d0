package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/contact-import.xhtml */
public final class ContactImportPage {

    private final Browser browser;
    private final WebDriverWait wait;

    private ContactImportPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    public static ContactImportPage open(Browser browser) {
        browser.open("admin/contact-import.xhtml");
        var page = new ContactImportPage(browser);
        page.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("importForm:file")));
        return page;
    }

    /** Chooses the file and asks for the preview; waits until it is shown. */
    public ContactImportPage upload(Path csv) {
        browser.driver().findElement(By.id("importForm:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.driver().findElement(By.id("importForm:upload")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previewForm:errors")));
        return this;
    }

    /** The preview's counts; read again if an update replaced them while being read. */
    public String counts() {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("previewForm:counts")).getText());
    }

    /** Chooses whether duplicates are imported and waits for the counts to follow the choice. */
    public String chooseDuplicates(boolean importThem) {
        String before = counts();
        browser.driver().findElement(By.cssSelector("label[for='previewForm:duplicateChoice:" + (importThem ? 1 : 0) + "']")).click();
        wait.until(driver -> !counts().equals(before));
        return counts();
    }

    /** Each error row as "row field message". */
    public List<String> errors() {
        return browser.driver().findElements(By.cssSelector("#previewForm\\:errors tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector(".import-error-row")).isEmpty())
                .map(tr -> text(tr, ".import-error-row") + " " + text(tr, ".import-error-field") + " "
                        + text(tr, ".import-error-message"))
                .toList();
    }

    public List<String> duplicates() {
        return browser.driver().findElements(By.cssSelector("#previewForm\\:duplicates .import-duplicate-match"))
                .stream().map(WebElement::getText).toList();
    }

    /** Picks "import them as new contacts" when {@code importDuplicates}, confirms, and answers the message shown. */
    public String confirm(boolean importDuplicates) {
        if (importDuplicates) {
            browser.driver().findElement(By.cssSelector("label[for='previewForm:duplicateChoice:1']")).click();
        }
        browser.driver().findElement(By.id("previewForm:confirm")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#importForm\\:messages .ui-messages-info-summary"))).getText();
    }

    private static String text(WebElement row, String css) {
        return row.findElement(By.cssSelector(css)).getText();
    }
}
