package io.tiski.testsupport.pages;

import io.tiski.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** login.xhtml */
public final class LoginPage {

    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.open("login.xhtml");
        return new LoginPage(browser);
    }

    public void logIn(String username, String password) {
        var driver = browser.driver();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    /** Logs in and waits until the browser has arrived at a page whose address contains {@code urlPart}. */
    public void logInAndArriveAt(String username, String password, String urlPart) {
        logIn(username, password);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(urlPart));
    }

    public QueuesPage logInAsAdmin(String username, String password) {
        logIn(username, password);
        return new QueuesPage(browser).waitUntilShown();
    }

    public boolean showsLoggedOut() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        return !browser.driver().findElements(By.id("loginForm:loggedOut")).isEmpty();
    }
}
