package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.SelectMenu;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A staff member's own language: stored with them, it beats the browser's on every page. */
class AccountIT {

    @Test
    void theChosenLanguageBeatsTheBrowsersUntilItIsClearedAgain() {
        var org = TestOrganisation.create("Language");
        var admin = org.admin();
        assertThat(admin.get("admin/queues.xhtml").body()).contains("lang=\"en\"");

        var chosen = admin.api("PUT", "account", "{\"language\":\"fi\"}");

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(chosen).getString("language")).isEqualTo("fi");
        var page = admin.get("admin/queues.xhtml").body();
        assertThat(page).as("the browser asks for English").contains("lang=\"fi\"", ">Jonot<");
        assertThat(StaffClient.loggedIn(org.adminUsername(), TestOrganisation.PASSWORD).get("admin/queues.xhtml").body())
                .as("another session of the same user").contains("lang=\"fi\"");
        assertThat(org.agent().get("desk/index.xhtml").body()).as("a colleague keeps their own").contains("lang=\"en\"");

        var wrong = admin.api("PUT", "account", "{\"language\":\"de\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(wrong).getJsonObject("fields").getString("language"))
                .isEqualTo("Choose one of the languages in the list.");
        assertThat(StaffClient.object(admin.api("GET", "account", null)).getString("language")).as("unchanged").isEqualTo("fi");

        admin.api("PUT", "account", "{\"language\":null}");
        assertThat(admin.get("admin/queues.xhtml").body()).contains("lang=\"en\"");
    }

    @Test
    @BrowserTest
    void anAgentChoosesSwedishOnTheirSettingsPage() {
        var org = TestOrganisation.create("Language page");
        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAndArriveAt(org.agentUsername(), TestOrganisation.PASSWORD, "desk");
            browser.driver().findElement(By.id("account")).click();
            Accessibility.assertNoSeriousViolations(browser, "account/settings.xhtml");

            var driver = browser.driver();
            SelectMenu.choose(driver, "accountForm:language", "Svenska");
            driver.findElement(By.id("accountForm:save")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "sv".equals(d.findElement(By.tagName("html"))
                    .getAttribute("lang")));

            assertThat(browser.driver().findElement(By.id("accountForm:saved")).getText())
                    .contains("Dina inställningar har sparats.");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
            browser.screenshot("AccountIT-swedish");
        }
    }
}
