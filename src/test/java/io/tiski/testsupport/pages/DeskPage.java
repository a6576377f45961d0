package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent desk (desk/index.xhtml) as an agent uses it. */
public final class DeskPage {

    private final Browser browser;
    private final WebDriverWait wait;

    public DeskPage(Browser browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        // Checked every 100 ms rather than Selenium's 500: the browser tests wait on many short steps.
        this.wait.pollingEvery(Duration.ofMillis(100));
        // The desk redraws its lists as frames arrive; an element read mid-redraw is read again.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Waits until the live line has drawn the queue sidebar. */
    public DeskPage waitUntilShown() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deskQueues [data-testid=queue]")));
        return this;
    }

    public void goOnline() {
        setPresence("Online");
    }

    /** Clicks the presence switch's choice with this label and waits until the desk has redrawn it. */
    public void setPresence(String label) {
        var choice = browser.driver().findElement(By.xpath("//*[@id='presenceForm:presence']//label[normalize-space(.)='"
                + label + "']"));
        String value = browser.driver().findElement(By.id(choice.getAttribute("for"))).getAttribute("value");
        choice.click();
        // The switch's form is redrawn by the Faces request with the presence the server stored.
        wait.until(driver -> value.equals(driver.findElement(By.id("presenceForm")).getAttribute("data-presence")));
    }

    /**
     * How the presence switch sits in the sidebar: null when its choices are on one line, none of them
     * wraps its label and nothing overflows the sidebar; else what is wrong, with the sizes measured.
     */
    public String presenceSwitchMisfit() {
        return (String) browser.driver().executeScript(
                "var list = document.getElementById('presenceForm:presence');"
                + "var side = list.closest('aside'); var sideBox = side.getBoundingClientRect();"
                + "var style = getComputedStyle(side);"
                + "var right = sideBox.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);"
                + "var labels = Array.prototype.slice.call(list.querySelectorAll('label'));"
                + "var tops = labels.map(function (l) { return Math.round(l.getBoundingClientRect().top); });"
                + "var problems = [];"
                + "if (new Set(tops).size > 1) { problems.push('wraps onto ' + new Set(tops).size + ' lines'); }"
                + "labels.forEach(function (l) {"
                + "  var box = l.getBoundingClientRect(); var line = parseFloat(getComputedStyle(l).lineHeight) || 20;"
                + "  if (box.height > line + parseFloat(getComputedStyle(l).paddingTop) * 2 + 4) { problems.push('\"' + l.textContent.trim() + '\" on two lines'); }"
                + "  if (box.right > right + 0.5) { problems.push('\"' + l.textContent.trim() + '\" ends at ' + Math.round(box.right) + ' px, the sidebar at ' + Math.round(right)); }"
                + "  if (l.scrollWidth > l.clientWidth) { problems.push('\"' + l.textContent.trim() + '\" overflows its box'); }"
                + "});"
                + "return problems.length ? problems.join('; ') : null;");
    }

    /** The hint under the presence switch ("Set yourself online ..."), or empty while online. */
    public String presenceHint() {
        return browser.driver().findElements(By.cssSelector("[data-testid=presenceHint]")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** The labels of the presence switch's choices. */
    public java.util.List<String> presenceChoices() {
        return browser.driver().findElements(By.cssSelector("[id='presenceForm:presence'] label")).stream()
                .map(WebElement::getText).toList();
    }

    /** Whether the queue's row offers "Pick next" now. */
    public boolean offersPickNext(long queueId) {
        return !queueRow(queueId).findElements(By.cssSelector("[data-testid=pickNext]")).isEmpty();
    }

    /** Waits until the queue's row does (or does not) offer "Pick next". */
    public void waitForPickNext(long queueId, boolean offered) {
        wait.until(driver -> offersPickNext(queueId) == offered);
    }

    /** The number of customers the sidebar shows waiting in the queue. */
    public String waiting(long queueId) {
        return queueRow(queueId).findElement(By.cssSelector("[data-testid=waiting]")).getText();
    }

    /** Waits up to {@code timeout} until the sidebar shows {@code count} waiting in the queue. */
    public void waitForWaiting(long queueId, int count, Duration timeout) {
        new WebDriverWait(browser.driver(), timeout).until(driver -> {
            try {
                return waiting(queueId).equals(Integer.toString(count));
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    public void pickNext(long queueId) {
        wait.until(driver -> !queueRow(queueId).findElements(By.cssSelector("[data-testid=pickNext]")).isEmpty());
        queueRow(queueId).findElement(By.cssSelector("[data-testid=pickNext]")).click();
    }

    /** The customer's name above the open conversation, once one is open. */
    public String customer() {
        var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=customer]")));
        wait.until(driver -> !name.getText().isEmpty());
        return name.getText();
    }

    /**
     * Waits for a stored message (one with its number; not one still on its way) of the kind
     * ("customer", "agent", "system", "private") whose text contains {@code text}.
     */
    public WebElement waitForMessage(String kind, String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#deskMessages [data-testid=" + kind + "][data-seq]"))
                .stream().filter(m -> m.getText().contains(text)).findFirst().orElse(null));
    }

    /** Waits until the agent's message with this text shows this status ("Sending…", "Sent", "Not sent"). */
    public void waitForStatus(String text, String status) {
        wait.until(driver -> driver.findElements(By.cssSelector("#deskMessages [data-status]")).stream()
                .filter(m -> m.getText().contains(text))
                .anyMatch(m -> m.findElement(By.cssSelector("[data-testid=messageStatus]")).getText().equals(status)));
    }

    /**
     * Before the desk is opened: lets the test drop the page's WebSocket lines and keep them down
     * (every new try fails at once, as with a lost network) until {@link #restoreLine()}. Only the
     * test's browser gets this (a script the browser runs before each page's own).
     */
    public static void allowLineDrops(Browser browser) {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "(function () {"
                        + "var Real = window.WebSocket, open = new Set(), down = false;"
                        + "function Held(url, protocols) {"
                        + "  var socket = new Real(down ? 'ws://127.0.0.1:9/' : url, protocols);"
                        + "  open.add(socket); socket.addEventListener('close', function () { open.delete(socket); });"
                        + "  return socket; }"
                        + "Held.prototype = Real.prototype;"
                        + "['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Held[k] = Real[k]; });"
                        + "window.WebSocket = Held;"
                        + "window.tiskiTestLine = {drop: function () { down = true; open.forEach(function (s) { s.close(); }); },"
                        + "  restore: function () { down = false; }};"
                        + "}());"));
    }

    /** Drops the desk's live line and keeps it down (see {@link #allowLineDrops}); waits until the desk says so. */
    public void dropLine() {
        browser.driver().executeScript("window.tiskiTestLine.drop();");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deskOffline")));
    }

    /** Lets the desk's next try reconnect; waits until it has. */
    public void restoreLine() {
        browser.driver().executeScript("window.tiskiTestLine.restore();");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("deskOffline")));
    }

    public List<String> messages() {
        return texts("#deskMessages li");
    }

    /** Switches private mode on or off and waits until the input shows it (the composer moves as it does). */
    public void setPrivate(boolean on) {
        wait.until(driver -> {
            var box = driver.findElement(By.cssSelector("input[data-testid=private]"));
            if (box.isSelected() != on) {
                box.click();
            }
            return box.isSelected() == on && inputLooksPrivate() == on;
        });
    }

    /** The time shown on a message (from {@link #waitForMessage}), as the reader sees it. */
    public String timeOf(WebElement message) {
        return message.findElement(By.cssSelector("[data-testid=messageTime]")).getText();
    }

    /** Opens the options menu dialog from the message box's toolbar. */
    public WebElement openOptionsMenu() {
        browser.driver().findElement(By.cssSelector("[data-testid=options]")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=optionsDialog]")));
    }

    public boolean optionsMenuOpen() {
        return browser.driver().findElement(By.cssSelector("[data-testid=optionsDialog]")).isDisplayed();
    }

    /** Fills the open dialog: the question and the choices (adding fields as needed, removing extra ones). */
    public void fillOptionsMenu(String question, String... choices) {
        var dialog = browser.driver().findElement(By.cssSelector("[data-testid=optionsDialog]"));
        var field = dialog.findElement(By.cssSelector("[data-testid=optionsQuestion]"));
        field.clear();
        field.sendKeys(question);
        while (dialog.findElements(By.cssSelector("[data-testid=optionsChoice]")).size() < choices.length) {
            dialog.findElement(By.cssSelector("[data-testid=optionsAdd]")).click();
        }
        while (dialog.findElements(By.cssSelector("[data-testid=optionsChoice]")).size() > Math.max(2, choices.length)) {
            var removes = dialog.findElements(By.cssSelector("[data-testid=optionsRemove]"));
            removes.get(removes.size() - 1).click();
        }
        var inputs = dialog.findElements(By.cssSelector("[data-testid=optionsChoice]"));
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).clear();
            inputs.get(i).sendKeys(i < choices.length ? choices[i] : "");
        }
    }

    /** Clicks "Send menu" in the dialog. */
    public void sendOptionsMenu() {
        browser.driver().findElement(By.cssSelector("[data-testid=optionsSend]")).click();
    }

    /** The errors the dialog shows: the question's first, then each choice's (empty where none). */
    public List<String> optionsMenuErrors() {
        var errors = new java.util.ArrayList<String>();
        errors.add(browser.driver().findElement(By.cssSelector("[data-testid=optionsQuestionError]")).getText());
        browser.driver().findElements(By.cssSelector("[data-testid=optionsChoiceError]")).forEach(e -> errors.add(e.getText()));
        return errors;
    }

    /** The id of the element that has the focus. */
    public String focusedId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    /** The choices a menu message shows at the desk, each with "✓" when the customer chose it. */
    public List<String> offeredOptions(WebElement message) {
        return message.findElements(By.cssSelector("[data-testid=offeredOption]")).stream()
                .map(o -> ("true".equals(o.getAttribute("data-chosen")) ? "✓" : "") + o.getText().replace("✓ ", "")).toList();
    }

    /** The mark on a customer's message that it is their choice from a menu ("" for none). */
    public String chosenMark(WebElement message) {
        return message.findElements(By.cssSelector("[data-testid=chosenMark]")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** The instant a message's time stands for (its datetime attribute). */
    public String instantOf(WebElement message) {
        return message.findElement(By.cssSelector("[data-testid=messageTime]")).getAttribute("datetime");
    }

    /** Types the text and presses Enter, as an agent sends. */
    public void write(String text) {
        var input = browser.driver().findElement(By.cssSelector("[data-testid=input]"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    public String input() {
        return browser.driver().findElement(By.cssSelector("[data-testid=input]")).getAttribute("value");
    }

    /** Ends the open conversation, answering the question asked first (and never shown before). */
    public void end() {
        if (browser.driver().findElement(By.cssSelector("[data-testid=endYes]")).isDisplayed()) {
            throw new AssertionError("The question to end is shown before anyone asked to end");
        }
        browser.driver().findElement(By.cssSelector("[data-testid=end]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=endYes]"))).click();
    }

    public boolean showsEnded() {
        return wait.until(ExpectedConditions.textToBe(By.id("deskTyping"), "The conversation has ended."));
    }

    /** Waits for a request ("offer" or "handover") whose text contains {@code text}. */
    public WebElement waitForRequest(String kind, String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#deskRequests [data-testid=" + kind + "]"))
                .stream().filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    public String countdown(WebElement request) {
        var counter = request.findElement(By.cssSelector("[data-testid=countdown]"));
        wait.until(driver -> !counter.getText().isEmpty());
        return counter.getText();
    }

    public void accept(WebElement request) {
        request.findElement(By.cssSelector("[data-testid=accept]")).click();
    }

    public void reject(WebElement request) {
        request.findElement(By.cssSelector("[data-testid=reject]")).click();
    }

    public void waitUntilNoRequests() {
        wait.until(driver -> driver.findElements(By.cssSelector("#deskRequests li")).isEmpty());
    }

    /** Opens the menu of the queue's name and answers the test ids of its entries. */
    public List<String> openQueueMenu(long queueId) {
        queueRow(queueId).findElement(By.cssSelector("[data-testid=queueName]")).click();
        var menu = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=queueMenu]")));
        return menu.findElements(By.cssSelector("[role=menuitem]")).stream().map(e -> e.getAttribute("data-testid")).toList();
    }

    /** From the open queue menu: who is waiting, as the preview lists them (name first on each line). */
    public List<String> previewWaiting() {
        browser.driver().findElement(By.cssSelector("[data-testid=menuPreview]")).click();
        var preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=preview]")));
        return preview.findElements(By.tagName("strong")).stream().map(WebElement::getText).toList();
    }

    /** Opens the emoji picker and picks one; it goes into the message box at the caret. */
    public void chooseEmoji(String emoji) {
        browser.driver().findElement(By.cssSelector("[data-testid=emoji]")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=emojiChoice]")).stream()
                .filter(e -> e.isDisplayed() && e.getText().equals(emoji)).findFirst().orElse(null)).click();
    }

    /** Picks a file with the attach button and waits until it is uploaded and waits to be sent. */
    public void attach(java.nio.file.Path file) {
        browser.driver().findElement(By.cssSelector("[data-testid=file]")).sendKeys(file.toAbsolutePath().toString());
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=pendingFile]")).stream()
                .anyMatch(f -> f.getText().contains(file.getFileName().toString())));
    }

    /** Types into the message box without sending (a {@code /keyword} and a space expand there). */
    public void type(String text) {
        browser.driver().findElement(By.cssSelector("[data-testid=input]")).sendKeys(text);
    }

    /**
     * The texts of the elements {@code css} selects now. The desk redraws its lists as frames
     * arrive, so a list replaced while read is read again whole.
     */
    private List<String> texts(String css) {
        return wait.until(driver -> driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
    }

    /** Sends what the message box holds. */
    public void send() {
        browser.driver().findElement(By.cssSelector("[data-testid=input]")).sendKeys(Keys.ENTER);
    }

    /** The names on the conversation tabs, in order. */
    public List<String> tabs() {
        return texts("#deskTabs [data-testid=tab]");
    }

    /** Opens the conversation whose tab shows {@code name}, and waits until it is the one shown. */
    public void openTab(String name) {
        openTab(tabs -> tabs.stream().filter(tab -> tab.getText().equals(name)).findFirst().orElse(null));
    }

    /** Opens the conversation of the {@code index}-th tab (from 0) once the tabs are drawn; answers its name. */
    public String openTabAt(int index) {
        return openTab(tabs -> tabs.size() > index ? tabs.get(index) : null);
    }

    /**
     * Clicks the chosen tab until its conversation is the one shown. The desk redraws the tabs
     * whenever a frame changes the agent's conversations (right after "desk ready" too), so the
     * tab clicked may have just been replaced: the click is made again on the new one, as an agent
     * would click again (a second click on the open conversation changes nothing).
     */
    private String openTab(java.util.function.Function<List<WebElement>, WebElement> choose) {
        return wait.until(driver -> {
            var tab = choose.apply(driver.findElements(By.cssSelector("#deskTabs [data-testid=tab]")));
            if (tab == null) {
                return null;
            }
            String name = tab.getText();
            tab.click();
            var shown = driver.findElements(By.cssSelector("[data-testid=customer]"));
            return !shown.isEmpty() && shown.get(0).getText().equals(name) ? name : null;
        });
    }

    /** The technical details above the chat, as "Label: value" lines. */
    public List<String> details() {
        var cells = texts("[data-testid=details] dt, [data-testid=details] dd");
        var lines = new java.util.ArrayList<String>();
        for (int i = 0; i + 1 < cells.size(); i += 2) {
            lines.add(cells.get(i) + ": " + cells.get(i + 1));
        }
        return lines;
    }

    /** Waits until the side panel lists a canned reply with this keyword. */
    public void waitForReply(String keyword) {
        wait.until(driver -> driver.findElements(By.cssSelector("#deskReplies [data-testid=reply]")).stream()
                .anyMatch(r -> r.getText().startsWith("/" + keyword)));
    }

    /**
     * Adds a canned reply of the agent's own in the side panel and waits until it is listed as the
     * agent's own (with its delete button): an organisation-wide reply with the same keyword may be
     * listed already, so "a reply with this keyword is listed" would hold before the click.
     */
    public void addOwnReply(String keyword, String title, String text) {
        addOwnReply(keyword, title, text, null, null, null);
    }

    /**
     * Adds an own reply whose text is in {@code language} (a name as the list shows it, or null: not
     * given), with a version in {@code versionLanguage} (or none).
     */
    public void addOwnReply(String keyword, String title, String text, String language, String versionLanguage,
                            String versionText) {
        var driver = browser.driver();
        driver.findElement(By.cssSelector(".tiski-desk-own summary")).click();
        driver.findElement(By.cssSelector("[data-testid=ownKeyword]")).sendKeys(keyword);
        driver.findElement(By.cssSelector("[data-testid=ownTitle]")).sendKeys(title);
        driver.findElement(By.cssSelector("[data-testid=ownText]")).sendKeys(text);
        if (language != null) {
            new Select(driver.findElement(By.cssSelector("[data-testid=ownLanguage]"))).selectByVisibleText(language);
        }
        if (versionLanguage != null) {
            driver.findElement(By.cssSelector("[data-testid=ownAddVersion]")).click();
            var version = driver.findElement(By.cssSelector("[data-testid=ownVersion]"));
            new Select(version.findElement(By.cssSelector("[data-testid=ownVersionLanguage]")))
                    .selectByVisibleText(versionLanguage);
            version.findElement(By.cssSelector("[data-testid=ownVersionText]")).sendKeys(versionText);
        }
        driver.findElement(By.cssSelector("[data-testid=saveOwnReply]")).click();
        wait.until(page -> page.findElements(By.cssSelector("#deskReplies li")).stream()
                .anyMatch(li -> li.getText().startsWith("/" + keyword) && li.getText().contains(title)
                        && !li.findElements(By.cssSelector("[data-testid=deleteReply]")).isEmpty()));
    }

    public void clearInput() {
        browser.driver().findElement(By.cssSelector("[data-testid=input]")).clear();
    }

    /** Deletes the agent's own reply with this keyword; answers whether only the organisation's is left. */
    public boolean deleteOwnReply(String keyword) {
        wait.until(driver -> {
            var own = driver.findElements(By.cssSelector("#deskReplies li")).stream()
                    .filter(li -> li.getText().startsWith("/" + keyword)
                            && !li.findElements(By.cssSelector("[data-testid=deleteReply]")).isEmpty())
                    .findFirst();
            own.ifPresent(li -> li.findElement(By.cssSelector("[data-testid=deleteReply]")).click());
            return own.isPresent();
        });
        return wait.until(driver -> driver.findElements(By.cssSelector("#deskReplies [data-testid=deleteReply]")).isEmpty());
    }

    /** Clicks the tag (adding or removing it) and waits until its pressed state has turned. */
    public void toggleTag(String name) {
        boolean before = tagPressed(name);
        tag(name).click();
        wait.until(driver -> {
            try {
                return tagPressed(name) != before;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    public boolean tagPressed(String name) {
        return "true".equals(tag(name).getAttribute("aria-pressed"));
    }

    private WebElement tag(String name) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#deskTags [data-testid=tag]")).stream()
                .filter(t -> t.getText().startsWith(name)).findFirst().orElse(null));
    }

    /** Saves a note and waits until it is listed. */
    public void addNote(String text) {
        browser.driver().findElement(By.cssSelector("[data-testid=note]")).sendKeys(text);
        browser.driver().findElement(By.cssSelector("[data-testid=saveNote]")).click();
        wait.until(driver -> notes().stream().anyMatch(n -> n.endsWith(text)));
    }

    public List<String> notes() {
        return texts("#deskNotes [data-testid=noteItem]");
    }

    /** Transfers the open conversation to the choice whose text starts with {@code target}, with a word. */
    public void transferTo(String target, String comment) {
        openHandover(target, comment);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=handover]")));
    }

    private void openHandover(String target, String comment) {
        if (!browser.driver().findElement(By.cssSelector("[data-testid=handover]")).isDisplayed()) {
            browser.driver().findElement(By.cssSelector("[data-testid=transfer]")).click();
        }
        var select = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=handoverTarget]")));
        wait.until(driver -> select.findElements(By.tagName("option")).stream().anyMatch(o -> o.getText().startsWith(target)));
        select.findElements(By.tagName("option")).stream().filter(o -> o.getText().startsWith(target)).findFirst()
                .orElseThrow().click();
        var box = browser.driver().findElement(By.cssSelector("[data-testid=handoverComment]"));
        box.clear();
        box.sendKeys(comment);
        browser.driver().findElement(By.cssSelector("[data-testid=handoverSend]")).click();
    }

    /**
     * Sends the transfer form as {@link #transferTo} does, for a transfer that is refused: answers
     * the error shown next to the form, which stays open.
     */
    public String transferRefused(String target, String comment) {
        openHandover(target, comment);
        return wait.until(driver -> handoverError().isEmpty() ? null : handoverError());
    }

    public String handoverError() {
        return browser.driver().findElement(By.cssSelector("[data-testid=handoverError]")).getText();
    }

    /** The word from whoever handed this chat over, shown with the chat. */
    public String transferComment() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=transferComment]")))
                .getText();
    }

    /** Waits until the desk says the open chat was handed to a colleague; answers what it says. */
    public String waitForHandedOver() {
        wait.until(ExpectedConditions.textMatches(By.id("deskTyping"), java.util.regex.Pattern.compile("^Handed to .+")));
        return browser.driver().findElement(By.id("deskTyping")).getText();
    }

    public boolean composerShown() {
        return browser.driver().findElement(By.id("deskComposer")).isDisplayed();
    }

    /** The marks beside the tabs' names ("handed to ..."). */
    public List<String> handedMarks() {
        return texts("#deskTabs [data-testid=handedMark]");
    }

    /** The label of the message input, which says whether a message goes to the customer or stays private. */
    public String inputLabel() {
        return browser.driver().findElement(By.cssSelector("[data-testid=inputLabel]")).getText();
    }

    /** Whether the input itself looks private (the private messages' colours). */
    public boolean inputLooksPrivate() {
        return browser.driver().findElement(By.id("deskComposer")).getAttribute("class").contains("tiski-desk-composer-private");
    }

    public boolean isPrivate() {
        return browser.driver().findElement(By.cssSelector("input[data-testid=private]")).isSelected();
    }

    public void keepPrivate() {
        var box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=keepPrivate]")));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Hides or shows the side panel (contact, notes, replies, tags) with its button. */
    public void toggleSidePanel() {
        browser.driver().findElement(By.cssSelector("[data-testid=panelToggle]")).click();
    }

    public boolean sidePanelShown() {
        return browser.driver().findElement(By.id("deskPanel")).isDisplayed();
    }

    /** Waits until the activity bar tells something containing {@code text}. */
    public String waitForActivity(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deskActivity"), text));
        return browser.driver().findElement(By.id("deskActivity")).getText();
    }

    /** Waits until the activity bar no longer tells {@code text} (it may tell something else, or nothing). */
    public String waitForActivityWithout(String text) {
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("deskActivity"), text)));
        return browser.driver().findElement(By.id("deskActivity")).getText();
    }

    private WebElement queueRow(long queueId) {
        return browser.driver().findElement(By.cssSelector("#deskQueues [data-queue-id='" + queueId + "']"));
    }
}
