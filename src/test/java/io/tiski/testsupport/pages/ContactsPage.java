package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** admin/contacts.xhtml */
public final class ContactsPage {

    private final Browser browser;
    private final WebDriverWait wait;

    ContactsPage(Browser browser) {
        this.browser = browser;
        // Ajax updates replace table rows while we read them: a stale row just means "look again".
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** From any page with the header: the "Contacts" link of the navigation. */
    public static ContactsPage openFromNavigation(Browser browser) {
        browser.driver().findElement(By.linkText("Contacts")).click();
        var page = new ContactsPage(browser);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactsForm:contacts")));
        return page;
    }

    /** The last names of the rows shown, top to bottom. */
    public List<String> lastNames() {
        return texts(".contact-last-name");
    }

    public List<String> firstNames() {
        return texts(".contact-first-name");
    }

    /** "1-25 / 31" */
    public String pageReport() {
        return browser.driver().findElement(By.cssSelector("#contactsForm\\:contacts .ui-paginator-current")).getText();
    }

    public void search(String term) {
        var field = browser.driver().findElement(By.id("contactsForm:search"));
        field.clear();
        field.sendKeys(term);
        browser.driver().findElement(By.id("contactsForm:find")).click();
    }

    /** Clicks a column header to sort by it (again for descending). */
    public void sortBy(String header) {
        browser.driver().findElement(By.xpath("//div[@id='contactsForm:contacts']//th[.//span[text()='" + header + "']]"))
                .click();
    }

    public void nextPage() {
        browser.driver().findElement(By.cssSelector("#contactsForm\\:contacts .ui-paginator-next")).click();
    }

    /** Waits until the table shows these last names in this order. */
    public ContactsPage waitForLastNames(List<String> expected) {
        wait.until(driver -> lastNames().equals(expected));
        return this;
    }

    public ContactsPage waitForPageReport(String report) {
        wait.until(driver -> pageReport().equals(report));
        return this;
    }

    /** Opens "New contact", types into the named fields (REST names such as email1) and saves. */
    public void add(java.util.Map<String, String> fields) {
        browser.driver().findElement(By.id("contactsForm:create")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm:lastName")));
        fields.forEach((name, value) -> {
            var input = browser.driver().findElement(By.id("contactForm:" + name));
            input.clear();
            input.sendKeys(value);
        });
        browser.driver().findElement(By.id("contactForm:save")).click();
    }

    /**
     * For each part of each e-mail address in the list: whether it is on one line and inside its
     * cell (an address breaks only between parts, and is not cut off).
     */
    public List<Boolean> addressPartsWhole() {
        return browser.driver().findElements(By.cssSelector("#contactsForm .contact-email .tiski-address-part")).stream()
                .map(part -> (Boolean) browser.driver().executeScript(WHOLE, part)).toList();
    }

    /** Script: the element is on one line and its cell shows all of it. */
    public static final String WHOLE = "const e = arguments[0], cell = e.closest('td').getBoundingClientRect();"
            + "const box = e.getBoundingClientRect();"
            + "return e.getClientRects().length === 1 && box.left >= cell.left - 0.5 && box.right <= cell.right + 0.5;";

    /** The error shown next to a field of the add / edit dialog. */
    public String waitForFieldError(String field) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='contactForm:" + field + "']/following-sibling::div[contains(@class,'ui-message-error')]")))
                .getText();
    }

    public void cancelDialog() {
        browser.driver().findElement(By.id("contactForm:cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contactDialog")));
    }

    /** Ticks the rows of these last names, then "Merge": the dialog with both cards side by side. */
    public void openMerge(String... lastNamesOfRows) {
        for (int i = 0; i < lastNamesOfRows.length; i++) {
            rows().get(indexOf(lastNamesOfRows[i], i)).findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        browser.driver().findElement(By.id("contactsForm:merge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mergeForm:sideBySide")));
    }

    /** Confirms the merge keeping the card preselected (the first ticked one). */
    public void confirmMerge() {
        browser.driver().findElement(By.id("mergeForm:confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mergeDialog")));
    }

    /** The rows of the side-by-side table: field label, left value, right value. */
    public List<String> mergeFields() {
        return browser.driver().findElements(By.cssSelector("#mergeForm\\:sideBySide tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** Clicks the erase button of the row; answers the confirmation's text. */
    public String askErase(String lastName) {
        rows().get(indexOf(lastName, 0)).findElement(By.cssSelector(".contact-erase")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#eraseDialog .erase-text"))).getText();
    }

    public void confirmErase() {
        browser.driver().findElement(By.id("eraseForm:confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("eraseDialog")));
    }

    public List<String> auditActions() {
        return texts(".audit-action");
    }

    public ContactsPage waitForAudit(String action) {
        wait.until(driver -> auditActions().contains(action));
        return this;
    }

    private int indexOf(String lastName, int occurrence) {
        var names = lastNames();
        int seen = 0;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(lastName) && seen++ == occurrence) {
                return i;
            }
        }
        throw new IllegalStateException("No row " + occurrence + " of " + lastName + " in " + names);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#contactsForm\\:contacts_data > tr"));
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
