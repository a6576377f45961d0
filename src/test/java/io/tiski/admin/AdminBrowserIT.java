package io.tiski.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.organisation.entity.Role;
import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.DemoStaff;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.DeskPage;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.OrganisationPage;
import io.tiski.testsupport.pages.RepliesPage;
import io.tiski.testsupport.pages.TagsPage;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;

/** The admin screens in headless Chromium, as an admin uses them. */
@BrowserTest
class AdminBrowserIT {

    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot("AdminBrowserIT-" + testName);
        browser.close();
    }

    @Test
    void aDemoAdminCreatesAQueueSeesItAndLogsOut() {
        String name = "Returns " + UUID.randomUUID().toString().substring(0, 6);
        var queues = LoginPage.open(browser).logInAsAdmin(DemoStaff.create().adminUsername(), TestOrganisation.PASSWORD);
        assertThat(queues.queueNames()).contains("Sales", "Support");

        queues.create(name);

        queues.waitForQueue(name);
        browser.screenshot("AdminBrowserIT-queue-created");
        assertThat(queues.logOut().showsLoggedOut()).isTrue();
    }

    @Test
    void emptyQueueNameIsExplainedNextToTheField() {
        var org = TestOrganisation.create("Browser");
        var queues = LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);

        queues.create("   ");

        assertThat(queues.waitForFieldError()).contains("Give the queue a name of 1 to 80 characters.");
        assertThat(queues.queueNames()).containsExactly(org.name() + " busy", org.name() + " empty");
    }

    @Test
    void queueSettingsDialogRenamesAndAssignsHandlers() {
        var org = TestOrganisation.create("Dialog");
        var queues = LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
        Accessibility.assertNoSeriousViolations(browser, "admin/queues.xhtml");

        queues.openSettings(org.name() + " empty");
        assertThat(queues.showsOfferTimeout()).as("pick mode: nothing times out").isFalse();
        queues.chooseRoutingMode("Offered to agents");
        assertThat(queues.showsOfferTimeout()).as("offers time out").isTrue();
        browser.screenshot("AdminBrowserIT-queue-settings-offer");
        Accessibility.assertNoSeriousViolations(browser, "admin/queues.xhtml, settings dialog");
        queues.closeSettings();

        queues.renameAndAddHandler(org.name() + " empty", "Renamed queue", org.name() + " Agent");

        queues.waitForQueue("Renamed queue");
        assertThat(queues.handlersOf("Renamed queue")).isEqualTo(org.name() + " Agent");
        assertThat(queues.queueNames()).doesNotContain(org.name() + " empty");
    }

    @Test
    void openingHoursAreSetInTheScheduleDialog() {
        var org = TestOrganisation.create("Hours");
        // A laptop window with little height: the dialog must scroll and keep Save in reach.
        browser.driver().manage().window().setSize(new Dimension(1100, 600));
        var queues = LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);

        queues.openScheduleInZone(org.name() + " empty", "helsinki", "Europe/Helsinki");
        assertThat(queues.chosenTimeZone()).as("readable, with the offer of December")
                .isEqualTo("Helsinki (Europe/Helsinki) – Eastern European Time, UTC+02:00");
        var zones = queues.timeZoneLabels();
        assertThat(zones).as("current zones only").hasSizeBetween(350, 480)
                .noneMatch(label -> label.contains("(SystemV/") || label.contains("(US/") || label.contains("(Etc/")
                        || label.contains("(EST5EDT)") || label.contains("(Europe/Kiev)"))
                .anyMatch(label -> label.startsWith("Kyiv (Europe/Kyiv)"));

        queues.typeHoursAndSave(0, "09:00-25:00", "");
        String error = "Monday: write the hours as 09:00-17:00";
        assertThat(queues.waitForScheduleError()).contains(error);
        browser.screenshot("AdminBrowserIT-schedule-error");
        assertThat(queues.errorsShowing(error)).as("the error shown once").isEqualTo(1);
        assertThat(queues.dayMarkedInError(0)).isTrue();
        assertThat(queues.scheduleSaveReachable()).as("Save in reach with the error shown").isTrue();
        Accessibility.assertNoSeriousViolations(browser, "admin/queues.xhtml, opening hours with an error");

        queues.typeHoursAndSave(0, "09:00-12:00, 13:00-17:00", "");
        queues.waitForScheduleClosed();

        var schedule = StaffClient.object(org.admin().api("GET", "queues/" + org.emptyQueueId() + "/schedule", null));
        assertThat(schedule.getBoolean("enabled")).isTrue();
        assertThat(schedule.getString("timeZone")).isEqualTo("Europe/Helsinki");
        assertThat(schedule.getJsonObject("hours").getString("MONDAY")).isEqualTo("09:00-12:00, 13:00-17:00");
    }

    @Test
    void cannedReplyForOneQueueIsCreatedAndRewritten() {
        var org = TestOrganisation.create("Canned");
        String queue = org.name() + " busy";
        LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
        var replies = RepliesPage.openFromMenu(browser);

        replies.create("refund", "Refunds", "Refunds take five working days.", queue);
        replies.waitForReply("refund", "Refunds");
        replies.rewrite("refund", "Refund times", "Refunds take three working days.\nWe send a receipt.");

        replies.waitForReply("refund", "Refund times");
        browser.screenshot("AdminBrowserIT-canned-reply");
        assertThat(replies.keywords()).containsExactly("/refund");
        assertThat(replies.cell("refund", "reply-text")).isEqualTo("Refunds take three working days.\nWe send a receipt.");
        assertThat(replies.cell("refund", "reply-queue")).isEqualTo(queue);
        var stored = StaffClient.array(org.admin().api("GET", "replies", null)).getJsonObject(0);
        assertThat(stored.getJsonNumber("queueId").longValue()).isEqualTo(org.busyQueueId());

        replies.edit("refund");
        replies.addVersion("Finnish", "Palautukset kestävät kolme arkipäivää.");
        replies.addVersion("Swedish", " ");
        replies.addVersion("Czech", "Vrácení peněz trvá tři pracovní dny.");
        replies.removeVersion(2);
        String refused = replies.saveRefused();
        browser.screenshot("AdminBrowserIT-reply-versions");
        Accessibility.assertNoSeriousViolations(browser, "admin/replies.xhtml, reply dialog with language versions");
        assertThat(refused).isEqualTo("Version in Swedish: write its text, 1 to 4,000 characters.");
        replies.versionText(1, "Återbetalningar tar tre arbetsdagar.");
        replies.save();

        replies.waitForCell("refund", "reply-versions", "Finnish, Swedish");
        var versions = StaffClient.array(org.admin().api("GET", "replies", null)).getJsonObject(0).getJsonArray("versions");
        assertThat(versions.getValuesAs(JsonObject.class)).extracting(version -> version.getString("language"))
                .containsExactly("fi", "sv");
        assertThat(versions.getJsonObject(1).getString("text")).isEqualTo("Återbetalningar tar tre arbetsdagar.");
    }

    @Test
    void adminCreatesAnAgentWhoCanThenLogIn() {
        var org = TestOrganisation.create("People");
        var users = LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD).openUsers();
        String username = "new-" + org.organisationId();

        users.create(username, "Nina New", "short");
        assertThat(users.waitForPasswordError()).contains("Use a password of 12 to 200 characters.");
        assertThat(users.userNames()).doesNotContain("Nina New");

        Accessibility.assertNoSeriousViolations(browser, "admin/users.xhtml with an error");
        users.create(username, "Nina New", "long-enough-password");
        users.waitForUser("Nina New");
        browser.screenshot("AdminBrowserIT-user-created");
        users.openEdit("Nina New");
        Accessibility.assertNoSeriousViolations(browser, "admin/users.xhtml, edit dialog");
        users.closeEdit();
        var organisation = OrganisationPage.open(browser);
        Accessibility.assertNoSeriousViolations(browser, "admin/organisation.xhtml");
        assertThat(StaffClient.object(org.admin().api("GET", "organisation/time-zone", null)).getString("timeZone"))
                .as("the server's zone until one is chosen").isEqualTo(java.time.ZoneId.systemDefault().getId());
        organisation.chooseTimeZone("kathm", "Asia/Kathmandu");
        organisation.waitUntilSaved();
        assertThat(organisation.chosenTimeZone()).startsWith("Kathmandu (Asia/Kathmandu)").endsWith("UTC+05:45");
        assertThat(StaffClient.object(org.admin().api("GET", "organisation/time-zone", null)).getString("timeZone"))
                .isEqualTo("Asia/Kathmandu");
        browser.screenshot("AdminBrowserIT-organisation-time-zone");

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).logInAndArriveAt(username, "long-enough-password", "/desk/");
        assertThat(browser.driver().getPageSource()).contains("Nina New");
    }

    @Test
    void supervisorCreatesAColouredTagRenamesAndRetiresIt() {
        var org = TestOrganisation.create("Tag screen");
        String supervisor = org.addStaff("supervisor", Role.SUPERVISOR);
        LoginPage.open(browser).logInAndArriveAt(supervisor, TestOrganisation.PASSWORD, "/desk/");
        var desk = new DeskPage(browser);
        assertThat(desk.presenceChoices()).as("not an agent: no customers, so no going online")
                .containsExactly("Away", "Offline");
        assertThat(desk.presenceHint()).as("nor the hint to go online").isEmpty();
        var tags = TagsPage.openFromNavigation(browser);

        tags.create("Billing", "#8e24aa");
        tags.waitForTag("Billing");
        assertThat(tags.colourOf("Billing")).isEqualTo("#8e24aa");
        tags.rename("Billing", "Invoices");
        tags.waitForTag("Invoices");
        tags.retire("Invoices");
        browser.screenshot("AdminBrowserIT-tags");
        Accessibility.assertNoSeriousViolations(browser, "admin/tags.xhtml");

        assertThat(tags.tagNames()).containsExactly("Invoices");
        var stored = StaffClient.array(org.admin().api("GET", "tags", null)).getJsonObject(0);
        assertThat(stored.getString("name")).isEqualTo("Invoices");
        assertThat(stored.getString("colour")).isEqualTo("#8e24aa");
        assertThat(stored.getBoolean("retired")).isTrue();
    }
}
