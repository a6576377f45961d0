package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The contact card beside the chat at the desk (desk-contact.js), with its notes and messages. */
public final class ContactPanel {

    private final Browser browser;
    private final WebDriverWait wait;

    public ContactPanel(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        // The panel redraws as answers arrive; an element read mid-redraw is read again.
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** Waits until the card of {@code name} is shown; answers the card's text. */
    public String waitForCard(String name) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=contactName]"), name));
        return card().getText();
    }

    public WebElement card() {
        return browser.driver().findElement(By.cssSelector("[data-testid=contactCard]"));
    }

    public List<String> callLinks() {
        return card().findElements(By.cssSelector("[data-testid=contactTel]")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    public int copyButtons() {
        return card().findElements(By.cssSelector("[data-testid=contactCopy]")).size();
    }

    /** The lock's tooltip, or null when the card is not verified. */
    public String lock() {
        var locks = card().findElements(By.cssSelector("[data-testid=contactVerified]"));
        return locks.isEmpty() ? null : locks.get(0).getAttribute("title");
    }

    public boolean offersEdit() {
        return !card().findElements(By.cssSelector("[data-testid=contactEdit]")).isEmpty();
    }

    /** Waits for the list of several matches; answers each choice's text (lines joined by " / "). */
    public List<String> waitForChoices(int count) {
        wait.until(driver -> choices().size() == count);
        return choices();
    }

    public List<String> choices() {
        return browser.driver().findElements(By.cssSelector("[data-testid=contactChoice]")).stream()
                .map(c -> c.getText().replace("\n", " / ")).toList();
    }

    public void filter(String text) {
        var input = browser.driver().findElement(By.cssSelector("[data-testid=contactFilter]"));
        input.clear();
        input.sendKeys(text);
    }

    public void choose(String name) {
        wait.until(driver -> browser.driver().findElements(By.cssSelector("[data-testid=contactChoice]")).stream()
                .anyMatch(c -> c.getText().startsWith(name)));
        browser.driver().findElements(By.cssSelector("[data-testid=contactChoice]")).stream()
                .filter(c -> c.getText().startsWith(name)).findFirst().orElseThrow().click();
    }

    public void back() {
        card().findElement(By.cssSelector("[data-testid=contactBack]")).click();
    }

    /** What the customer typed in the start form (name, phone, e-mail), as shown above every view. */
    public String given() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactGiven]")))
                .getText();
    }

    /** The panel's markup, to prove that what a customer typed is shown as text. */
    public String html() {
        return browser.driver().findElement(By.id("deskContactBody")).getAttribute("innerHTML");
    }

    /** Waits for a card shown as a possible match (found by phone or e-mail, another name); answers its text. */
    public String waitForPossible() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactPossible]")))
                .getText();
    }

    /** Whether a card is shown as the customer's (not a possible match, not a list). */
    public boolean showsCard() {
        return !browser.driver().findElements(By.cssSelector("[data-testid=contactCard]")).isEmpty();
    }

    /** Whether the shown card's notes are on show. */
    public boolean showsNotes() {
        return browser.driver().findElement(By.id("deskContactNotesPart")).isDisplayed();
    }

    /** Confirms the possible match as the customer's card (links it). */
    public void confirm() {
        browser.driver().findElement(By.cssSelector("[data-testid=contactConfirm]")).click();
    }

    /** Unlinks the card shown from the chat and waits until the panel says so. */
    public void unlink() {
        card().findElement(By.cssSelector("[data-testid=contactUnlink]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactUnlinked]")));
    }

    /** Searches all cards; waits until {@code count} are offered to choose from. */
    public List<String> search(String term, int count) {
        var input = browser.driver().findElement(By.cssSelector("[data-testid=contactSearch]"));
        input.clear();
        input.sendKeys(term);
        return waitForChoices(count);
    }

    /** Waits for "not in your contacts": answers what the customer gave, as shown. */
    public String waitForUnknown() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactNone]")));
        return browser.driver().findElement(By.cssSelector("[data-testid=contactGiven]")).getText();
    }

    public void add() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=contactAdd]"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactForm]")));
    }

    public void edit() {
        card().findElement(By.cssSelector("[data-testid=contactEdit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=contactForm]")));
    }

    public String field(String name) {
        return input(name).getAttribute("value");
    }

    public void type(String name, String value) {
        var input = input(name);
        input.clear();
        input.sendKeys(value);
    }

    public void save() {
        browser.driver().findElement(By.cssSelector("[data-testid=contactSave]")).click();
    }

    /** Waits for the message shown next to the form's field. */
    public String waitForError(String name) {
        var error = browser.driver().findElement(By.cssSelector("[data-testid=contactError-" + name + "]"));
        wait.until(driver -> !error.getText().isEmpty());
        return error.getText();
    }

    /** Waits for the form's message that belongs to no one field (a refusal, someone saved first). */
    public String waitForFormError() {
        var error = browser.driver().findElement(By.cssSelector("[data-testid=contactFormError]"));
        wait.until(driver -> !error.getText().isEmpty());
        return error.getText();
    }

    /** After "someone saved first": shows their version above the form, which keeps what was typed. */
    public void loadTheirs() {
        browser.driver().findElement(By.cssSelector("[data-testid=contactReload]")).click();
    }

    /** Waits until the card shown holds {@code text}. */
    public void waitForCardText(String text) {
        wait.until(driver -> card().isDisplayed() && card().getText().contains(text));
    }

    public boolean formShown() {
        return browser.driver().findElement(By.cssSelector("[data-testid=contactForm]")).isDisplayed();
    }

    // --- Notes -------------------------------------------------------------------------------------

    /** Writes a note and waits until it is listed. */
    public void addNote(String text) {
        browser.driver().findElement(By.cssSelector("[data-testid=contactNote]")).sendKeys(text);
        browser.driver().findElement(By.cssSelector("[data-testid=saveContactNote]")).click();
        waitForNote(text);
    }

    public void waitForNote(String text) {
        wait.until(driver -> notes().stream().anyMatch(n -> n.contains(text)));
    }

    /** The notes as listed, newest first, each "date · author" and the start of its text. */
    public List<String> notes() {
        return noteItems().stream().map(WebElement::getText).toList();
    }

    /** Whether the note containing {@code text} offers edit and delete. */
    public boolean noteEditable(String text) {
        return !note(text).findElements(By.cssSelector("[data-testid=contactNoteEdit]")).isEmpty();
    }

    public void editNote(String text, String newText) {
        note(text).findElement(By.cssSelector("[data-testid=contactNoteEdit]")).click();
        var area = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=contactNoteEditText]")));
        area.clear();
        area.sendKeys(newText);
        browser.driver().findElement(By.cssSelector("[data-testid=contactNoteSave]")).click();
        // The list shows the start of a long note.
        waitForNote(newText.substring(0, Math.min(newText.length(), 40)));
    }

    /** Clicks the note open; answers its whole text. */
    public String openNote(String start) {
        note(start).findElement(By.cssSelector("[data-testid=contactNoteOpen]")).click();
        return note(start).findElement(By.cssSelector("[data-testid=contactNoteText]")).getText();
    }

    private WebElement note(String text) {
        return noteItems().stream().filter(n -> n.getText().contains(text)).findFirst().orElseThrow();
    }

    private List<WebElement> noteItems() {
        return browser.driver().findElements(By.cssSelector("#deskContactNotes [data-testid=contactNoteItem]"));
    }

    // --- Messages ----------------------------------------------------------------------------------

    /** Sends a message from the card ("EMAIL" or "SMS"); answers the confirmation shown. */
    public String sendMessage(String channel, String to, String subject, String text) {
        var driver = browser.driver();
        var part = driver.findElement(By.id("deskContactMessagePart"));
        if (part.getAttribute("open") == null) {
            driver.findElement(By.cssSelector("[data-testid=messageOpen]")).click();
        }
        new Select(driver.findElement(By.cssSelector("[data-testid=messageChannel]"))).selectByValue(channel);
        new Select(driver.findElement(By.cssSelector("[data-testid=messageTo]"))).selectByValue(to);
        if (subject != null) {
            driver.findElement(By.cssSelector("[data-testid=messageSubject]")).sendKeys(subject);
        }
        driver.findElement(By.cssSelector("[data-testid=messageText]")).sendKeys(text);
        var status = driver.findElement(By.cssSelector("[data-testid=messageStatus]"));
        driver.findElement(By.cssSelector("[data-testid=messageSend]")).click();
        wait.until(d -> !status.getText().isEmpty());
        return status.getText();
    }

    public List<String> history() {
        return browser.driver().findElements(By.cssSelector("[data-testid=messageItem]")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement input(String name) {
        return browser.driver().findElement(By.cssSelector("[data-testid=contactField-" + name + "]"));
    }
}
