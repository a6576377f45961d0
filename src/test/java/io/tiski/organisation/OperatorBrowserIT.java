package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.OrganisationsPage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * The operator screen in Chromium: an organisation created with its first admin (a weak password
 * explained next to its field first, a name with markup shown as text), renamed and deactivated;
 * the new admin's first login lands on the password page and, once changed, in the admin screens.
 */
@BrowserTest
class OperatorBrowserIT {

    @Test
    void anOperatorCreatesRenamesAndDeactivatesAnOrganisation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String operator = "op-" + suffix;
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.baseUri()
                        .resolve("test-fixtures/operator?username=" + operator))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        String name = "<b>Shop</b> " + suffix;
        String admin = "shop-" + suffix;
        try (var browser = new Browser()) {
            var login = LoginPage.open(browser);
            Accessibility.assertNoSeriousViolations(browser, "login.xhtml");
            login.logInAndArriveAt(operator, TestOrganisation.PASSWORD, "operator/organisations");
            var page = new OrganisationsPage(browser).waitUntilShown();
            assertThat(browser.driver().findElements(By.linkText("Desk"))).as("no desk for an operator").isEmpty();

            page.create(name, admin, "Shop Admin", "too-short");
            assertThat(page.waitForFieldError("password")).isEqualTo("Use a password of 12 to 200 characters.");
            page.create(name, admin, "Shop Admin", "first-password-1");
            page.waitForOrganisation(name);
            assertThat(browser.driver().findElements(By.tagName("b"))).as("markup in a name stays text").isEmpty();
            browser.screenshot("OperatorBrowserIT-organisations");
            Accessibility.assertNoSeriousViolations(browser, "operator/organisations.xhtml");

            page.rename(name, "Shop " + suffix);
            page.deactivate("Shop " + suffix, "Deactivated");
            browser.screenshot("OperatorBrowserIT-deactivated");
            assertThat(page.state("Shop " + suffix)).isEqualTo("Deactivated");
        }
        var operatorApi = StaffClient.loggedIn(operator, TestOrganisation.PASSWORD);
        long id = StaffClient.array(operatorApi.api("GET", "operator/organisations", null)).stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals("Shop " + suffix))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        operatorApi.api("POST", "operator/organisations/" + id + "/activate", null);
        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAndArriveAt(admin, "first-password-1", "account/password.xhtml");
            browser.screenshot("OperatorBrowserIT-password-required");
            Accessibility.assertNoSeriousViolations(browser, "account/password.xhtml");
            var driver = browser.driver();
            driver.findElement(By.id("passwordForm:currentPassword")).sendKeys("first-password-1");
            driver.findElement(By.id("passwordForm:newPassword")).sendKeys("the-admins-own-1");
            driver.findElement(By.id("passwordForm:repeatedPassword")).sendKeys("the-admins-own-1");
            driver.findElement(By.id("passwordForm:submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("admin/queues.xhtml"));
        }
    }
}
