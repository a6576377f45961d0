package io.tiski.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.ContactsPage;
import io.tiski.testsupport.pages.LoginPage;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** admin/contacts.xhtml in headless Chromium: search, sort, page, add, merge, erase. */
@BrowserTest
class ContactAdminBrowserIT {

    private Browser browser;
    private String testName;
    private TestOrganisation org;
    private StaffClient admin;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().orElseThrow().getName();
        org = TestOrganisation.create("Contact page");
        admin = org.admin();
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot("ContactAdminBrowserIT-" + testName);
        browser.close();
    }

    @Test
    void adminSearchesSortsAndPages() {
        var lastNames = new ArrayList<String>();
        for (int i = 1; i <= 27; i++) {
            String last = String.format("Person%02d", i);
            card(String.format("First%02d", 28 - i), last, "person" + i + "@example.com");
            lastNames.add(last);
        }
        card("Anna", "Virtanen", "anna@example.com");
        card("Aino", "Virta", "aino@example.com");
        var contacts = login();

        contacts.waitForPageReport("1-25 / 29");
        assertThat(contacts.lastNames()).hasSize(25).startsWith("Person01", "Person02");
        contacts.nextPage();
        contacts.waitForLastNames(List.of("Person26", "Person27", "Virta", "Virtanen"));

        contacts.sortBy("First name");
        contacts.waitForPageReport("1-25 / 29");
        assertThat(contacts.firstNames()).startsWith("Aino", "Anna", "First01");

        contacts.search("virt");
        contacts.waitForPageReport("1-2 / 2");
        assertThat(contacts.lastNames()).containsExactlyInAnyOrder("Virta", "Virtanen");
        browser.screenshot("ContactAdminBrowserIT-list");
        assertThat(contacts.addressPartsWhole()).as("e-mail addresses broken only between parts, and not cut off")
                .isNotEmpty().containsOnly(true);
        Accessibility.assertNoSeriousViolations(browser, "admin/contacts.xhtml");
    }

    @Test
    void aBadEmailIsExplainedNextToItsFieldAndNothingIsStored() {
        var contacts = login();

        contacts.add(Map.of("lastName", "Novák", "email1", "dana.example.com", "phone1", "call me", "phone2", "12345abc"));

        assertThat(contacts.waitForFieldError("email1"))
                .isEqualTo("“dana.example.com” is not an e-mail address. Write it as name@example.com.");
        assertThat(contacts.waitForFieldError("phone1")).startsWith("“call me” is not a phone number.");
        assertThat(contacts.waitForFieldError("phone2")).as("not stored as a keypad-translated number")
                .isEqualTo("“12345abc” has letters in it. A phone number is written with digits, such as +358 40 123 4567.");
        browser.screenshot("ContactAdminBrowserIT-dialog-errors");
        Accessibility.assertNoSeriousViolations(browser, "admin/contacts.xhtml, contact dialog with errors");
        contacts.cancelDialog();
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).as("nothing stored").isEmpty();

        contacts.add(Map.of("lastName", "Novák", "email1", "dana@example.com"));
        contacts.waitForLastNames(List.of("Novák"));
    }

    @Test
    void adminMergesTwoDuplicatesAndErasesAContact() {
        card("Anna", "Virtanen", "anna@example.com");
        cardWithPhone("Anna", "Virtanen", "+358 40 123 4567");
        card("Erkki", "Esimerkki", "erkki@example.com");
        var contacts = login();
        contacts.waitForLastNames(List.of("Esimerkki", "Virtanen", "Virtanen"));

        contacts.openMerge("Virtanen", "Virtanen");
        assertThat(contacts.mergeFields()).anySatisfy(row -> assertThat(row).contains("+358401234567"));
        browser.screenshot("ContactAdminBrowserIT-merge-dialog");
        Accessibility.assertNoSeriousViolations(browser, "admin/contacts.xhtml, merge dialog");
        contacts.confirmMerge();

        contacts.waitForLastNames(List.of("Esimerkki", "Virtanen"));
        var merged = StaffClient.array(admin.api("GET", "contacts?search=virtanen", null)).getJsonObject(0);
        assertThat(merged.getString("email1")).isEqualTo("anna@example.com");
        assertThat(merged.getString("phone1")).isEqualTo("+358401234567");

        assertThat(contacts.askErase("Esimerkki")).contains("Erkki Esimerkki");
        Accessibility.assertNoSeriousViolations(browser, "admin/contacts.xhtml, erase dialog");
        contacts.confirmErase();
        contacts.waitForLastNames(List.of("Virtanen"));
        contacts.waitForAudit("Contact erased");
    }

    private ContactsPage login() {
        LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
        return ContactsPage.openFromNavigation(browser);
    }

    private void card(String first, String last, String email) {
        post(Json.createObjectBuilder().add("firstName", first).add("lastName", last).add("email1", email));
    }

    private void cardWithPhone(String first, String last, String phone) {
        post(Json.createObjectBuilder().add("firstName", first).add("lastName", last).add("phone1", phone));
    }

    private void post(jakarta.json.JsonObjectBuilder card) {
        var response = admin.api("POST", "contacts", card.build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
