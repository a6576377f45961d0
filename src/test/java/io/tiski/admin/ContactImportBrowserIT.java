package io.tiski.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.ContactImportPage;
import io.tiski.testsupport.pages.LoginPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contact import page in headless Chromium: upload, preview with a bad row and a duplicate, confirm. */
@BrowserTest
class ContactImportBrowserIT {

    @Test
    void adminUploadsSeesTheBadRowAndImportsTheRest(@TempDir Path folder) throws IOException {
        var org = TestOrganisation.create("Import page");
        var admin = org.admin();
        admin.api("POST", "contacts", "{\"firstName\":\"Anna\",\"lastName\":\"Virtanen\",\"email1\":\"anna@example.com\"}");
        var csv = folder.resolve("contacts.csv");
        Files.writeString(csv, "\uFEFFfirstName;lastName;email1;phone1;<b>Notes</b>\n"
                + "Anna;Virtanen;ANNA@example.com;;\n"
                + "Bo;Ek;bo.example.com;;\n"
                + "Cai;\"Lin <script>alert(1)</script>\";cai@example.com;040 123 4567;\n"
                + "Dan;Berg;;+46 70 123 45 67;\n", StandardCharsets.UTF_8);

        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAndArriveAt(org.adminUsername(), TestOrganisation.PASSWORD, "/admin/");
            var page = ContactImportPage.open(browser).upload(csv);
            browser.screenshot("ContactImportBrowserIT-preview");

            assertThat(page.counts()).as("what Import will store with duplicates left out, the default")
                    .isEqualTo("Rows in the file: 4. Will be imported: 2. Left out because of errors: 1."
                            + " Left out because they are already contacts or repeat an earlier row: 1.");
            assertThat(page.chooseDuplicates(true)).isEqualTo("Rows in the file: 4. Will be imported: 3. Of these, already"
                    + " contacts or repeating an earlier row: 1. Left out because of errors: 1.");
            Accessibility.assertNoSeriousViolations(browser, "admin/contact-import.xhtml, preview");
            page.chooseDuplicates(false);
            assertThat(page.errors()).as("the field as the contact form names it").containsExactly(
                    "3 E-mail 1 “bo.example.com” is not an e-mail address. Write it as name@example.com.");
            assertThat(page.duplicates()).singleElement().asString().contains("(Anna Virtanen)");
            assertThat(browser.driver().getPageSource()).contains("&lt;b&gt;Notes&lt;/b&gt;");
            assertThat(StaffClient.array(admin.api("GET", "contacts", null))).as("nothing stored yet").hasSize(1);

            String done = page.confirm(false);
            browser.screenshot("ContactImportBrowserIT-done");
            assertThat(done).isEqualTo("Imported: 2. Left out with errors: 1. Left out as duplicates: 1."
                    + " Refused by the database: 0.");
        }
        var lin = StaffClient.object(admin.api("GET", "contacts/lookup?phone=0401234567", null))
                .getJsonArray("matches").getJsonObject(0);
        assertThat(lin.getString("lastName")).isEqualTo("Lin <script>alert(1)</script>");
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).hasSize(3);
    }
}
