package io.tiski.testsupport.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A PrimeFaces drop-down (p:selectOneMenu) as a user works it: open, click the item, see it chosen. */
public final class SelectMenu {

    private SelectMenu() {
    }

    /**
     * Picks the item with this label in the menu of this client id: a click on an item while its
     * panel is still fading in can miss, so the item is clicked until the menu shows it and its
     * panel has closed.
     */
    public static void choose(ChromeDriver driver, String clientId, String label) {
        String css = "#" + clientId.replace(":", "\\:");
        driver.findElement(By.id(clientId)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> {
                    boolean chosen = d.findElement(By.id(clientId + "_label")).getText().equals(label);
                    boolean open = d.findElement(By.id(clientId + "_panel")).isDisplayed();
                    if (!chosen && open) {
                        d.findElement(By.cssSelector(css + "_items li[data-label='" + label + "']")).click();
                    }
                    return chosen && !open;
                });
    }
}
