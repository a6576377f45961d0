package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.organisation.entity.Role;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV import of contact cards (/api/contacts/imports): the preview with its row errors and
 * duplicates, nothing stored before the confirm, the confirm storing exactly the valid rows with
 * their lookup keys, the file formats spreadsheets write, and who may import whose file.
 */
class ContactImportIT {

    private static final String HEADER = "firstName,lastName,email1,phone1,zipCode\n";

    private TestOrganisation org;
    private StaffClient admin;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Import");
        admin = org.admin();
    }

    @Test
    void previewNamesEachBadRowAndNothingIsStoredUntilTheConfirm() {
        var preview = upload(admin, HEADER
                + "Anna,Virtanen,Anna.Virtanen@Example.com,040 123 4567,00100\n"
                + "Bo,Ek,bo.example.com,,\n"
                + "Cecilia,Berg,,call me,\n"
                + ",,nameless.example.com,,\n"
                + "Dan,Long,,," + "1".repeat(21) + "\n"
                + "Eva,Novak,eva@example.cz,+420 601 123 456,\n"
                + "Fay,Lee,,12345abc,\n");
        assertThat(preview.getInt("rows")).isEqualTo(7);
        assertThat(preview.getInt("valid")).isEqualTo(2);
        assertThat(preview.getInt("invalid")).isEqualTo(5);
        assertThat(preview.getInt("duplicates")).isZero();
        assertThat(errors(preview)).containsExactly(
                "3 email1 “bo.example.com” is not an e-mail address. Write it as name@example.com.",
                "4 phone1 “call me” is not a phone number. Write it with its country code, such as +358 40 123 4567,"
                        + " or as a number of the organisation’s default country.",
                "5 email1 “nameless.example.com” is not an e-mail address. Write it as name@example.com.",
                "5 lastName Give the contact a first name or a last name.",
                "6 zipCode This field can have at most 20 characters.",
                "8 phone1 “12345abc” has letters in it. A phone number is written with digits, such as +358 40 123 4567.");

        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).as("nothing stored before the confirm").isEmpty();
        assertThat(matches("phone=0401234567")).isEmpty();

        var outcome = confirm(admin, preview.getString("id"), null);
        assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
        var result = StaffClient.object(outcome);
        assertThat(result.getInt("imported")).isEqualTo(2);
        assertThat(result.getInt("skippedInvalid")).isEqualTo(5);
        assertThat(result.getInt("skippedDuplicates")).isZero();
        assertThat(result.getJsonArray("failed")).isEmpty();

        var anna = matches("phone=" + encode("+358 40 123 4567"));
        assertThat(anna).hasSize(1);
        assertThat(anna.get(0).getString("phone1")).isEqualTo("+358401234567");
        assertThat(anna.get(0).getString("email1")).as("stored as typed").isEqualTo("Anna.Virtanen@Example.com");
        assertThat(anna.get(0).getString("zipCode")).isEqualTo("00100");
        assertThat(anna.get(0).getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(matches("email=" + encode("ANNA.virtanen@example.com"))).hasSize(1);
        assertThat(matches("phone=" + encode("00420601123456"))).extracting(c -> c.getString("lastName"))
                .containsExactly("Novak");
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).hasSize(2);

        var again = confirm(admin, preview.getString("id"), null);
        assertThat(again.statusCode()).as("confirming twice imports once").isEqualTo(404);
        assertThat(StaffClient.object(again).getString("detail")).startsWith("This import is no longer waiting");
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).hasSize(2);
        // An imported card is a card like any other: it can be edited through the API.
        var card = anna.get(0);
        var edit = admin.api("PUT", "contacts/" + card.getJsonNumber("id"), jakarta.json.Json.createObjectBuilder(card)
                .add("department", "Sales").build().toString());
        assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
    }

    @Test
    void duplicatesOfCardsAndOfEarlierRowsAreSkippedUnlessImportIsAsked() {
        var created = admin.api("POST", "contacts",
                "{\"firstName\":\"Anna\",\"lastName\":\"Virtanen\",\"email1\":\"anna@example.com\"}");
        long anna = StaffClient.object(created).getJsonNumber("id").longValue();
        String file = HEADER
                + "Anna,V.,ANNA@example.com,,\n"
                + "Bo,Ek,,+358 50 765 4321,\n"
                + "Bo,Ek again,bo@example.se,050-765 43 21,\n"
                + "Cai,Lin,cai@example.com,,\n";

        var preview = upload(admin, file);
        assertThat(preview.getInt("valid")).isEqualTo(4);
        assertThat(preview.getInt("duplicates")).isEqualTo(2);
        var duplicates = preview.getJsonArray("duplicateRows").getValuesAs(JsonObject.class);
        assertThat(duplicates).hasSize(2);
        assertThat(duplicates.get(0).getInt("row")).isEqualTo(2);
        assertThat(duplicates.get(0).getJsonNumber("matchesContactId").longValue()).isEqualTo(anna);
        assertThat(duplicates.get(0).getString("matchesName")).isEqualTo("Anna Virtanen");
        assertThat(duplicates.get(1).getInt("row")).isEqualTo(4);
        assertThat(duplicates.get(1).getInt("matchesRow")).isEqualTo(3);
        assertThat(duplicates.get(1).containsKey("matchesContactId")).isFalse();

        var skipped = StaffClient.object(confirm(admin, preview.getString("id"), "{\"duplicates\":\"SKIP\"}"));
        assertThat(skipped.getInt("imported")).isEqualTo(2);
        assertThat(skipped.getInt("skippedDuplicates")).isEqualTo(2);
        assertThat(matches("email=anna@example.com")).extracting(c -> c.getString("lastName")).containsExactly("Virtanen");
        assertThat(matches("phone=0507654321")).extracting(c -> c.getString("lastName")).containsExactly("Ek");

        var second = upload(admin, file);
        assertThat(second.getInt("duplicates")).as("now Bo and Cai are cards too").isEqualTo(4);
        var imported = StaffClient.object(confirm(admin, second.getString("id"), "{\"duplicates\":\"IMPORT\"}"));
        assertThat(imported.getInt("imported")).isEqualTo(4);
        assertThat(imported.getInt("skippedDuplicates")).isZero();
        assertThat(matches("email=anna@example.com")).hasSize(2);
        assertThat(matches("phone=0507654321")).hasSize(3);
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).hasSize(7);

        var bad = confirm(admin, upload(admin, file).getString("id"), "{\"duplicates\":\"MERGE\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void readsWhatSpreadsheetsWrite() {
        // A byte order mark, semicolons, snake_case and other cases in the header, a quoted field with
        // the delimiter, a comma and a line break in it, a blank line, and a column Tiski does not know.
        String file = "\uFEFFfirst_name;LAST_NAME;Street_Name;Shoe size;email1;Verified\r\n"
                + "Anna;\"Virtanen; Jr, the second\";\"Mannerheimintie 1\r\nStaircase A\";38;anna@example.com;yes\r\n"
                + ";;;;;\r\n"
                + "Bo;Ek;;44;not an address;\r\n"
                + "Cai;Lin;;40;;perhaps\r\n";
        var preview = upload(admin, file);
        assertThat(preview.getJsonArray("unknownColumns").getString(0)).isEqualTo("Shoe size");
        assertThat(preview.getInt("rows")).as("the blank line is no row").isEqualTo(3);
        assertThat(errors(preview)).as("rows numbered as a spreadsheet shows them").containsExactly(
                "4 email1 “not an address” is not an e-mail address. Write it as name@example.com.",
                "5 verified “perhaps” is not a yes or no. Write true or false, yes or no, 1 or 0, or leave it empty.");

        assertThat(StaffClient.object(confirm(admin, preview.getString("id"), null)).getInt("imported")).isEqualTo(1);
        var anna = matches("email=anna@example.com").get(0);
        assertThat(anna.getString("lastName")).isEqualTo("Virtanen; Jr, the second");
        assertThat(anna.getString("streetName")).isEqualTo("Mannerheimintie 1\r\nStaircase A");
        assertThat(anna.getBoolean("verified")).isTrue();

        var commas = upload(admin, "lastName,email1\n\"Ek, Bo\",\"bo@example.com\"\n");
        assertThat(commas.getInt("valid")).isEqualTo(1);
        assertThat(commas.getJsonArray("unknownColumns")).isEmpty();
    }

    @Test
    void anExportImportsAgain() {
        admin.api("POST", "contacts", "{\"firstName\":\"Anna\",\"lastName\":\"Virtanen, Jr\",\"email1\":\"anna@example.com\","
                + "\"phone1\":\"040 123 4567\",\"phone1Label\":\"mobile\",\"streetName\":\"Line 1\\nLine 2\","
                + "\"workingTitle\":\"=Head of sales\"}");
        var export = admin.download("contacts/export");
        assertThat(export.statusCode()).isEqualTo(200);

        var other = TestOrganisation.create("Import again").admin();
        var response = other.upload("contacts/imports", export.body());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var preview = StaffClient.object(response);
        assertThat(preview.getJsonArray("unknownColumns")).isEmpty();
        assertThat(preview.getInt("valid")).isEqualTo(1);
        assertThat(StaffClient.object(confirm(other, preview.getString("id"), null)).getInt("imported")).isEqualTo(1);
        var card = StaffClient.object(other.api("GET", "contacts/lookup?phone=0401234567", null))
                .getJsonArray("matches").getJsonObject(0);
        assertThat(card.getString("lastName")).isEqualTo("Virtanen, Jr");
        assertThat(card.getString("streetName")).isEqualTo("Line 1\nLine 2");
        assertThat(card.getString("phone1Label")).isEqualTo("mobile");
        assertThat(card.getString("workingTitle")).as("the export's text mark taken off again").isEqualTo("=Head of sales");
        assertThat(StaffClient.array(other.api("GET", "contacts?search=virt", null))).as("found by name too").hasSize(1);
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithAReason() {
        assertProblem(admin.upload("contacts/imports", "Anna,Virtanen\n".getBytes(StandardCharsets.UTF_8)), 400,
                "The first row names no contact field.");
        assertProblem(admin.upload("contacts/imports", new byte[0]), 400, "The file is empty.");
        assertProblem(admin.upload("contacts/imports", "lastName,email1\n\"Ek,bo@example.com\n"
                .getBytes(StandardCharsets.UTF_8)), 400, "The file cannot be read as CSV");
        assertProblem(admin.upload("contacts/imports", new byte[] {'l', 'a', 's', 't', 'N', 'a', 'm', 'e', '\n',
                (byte) 0xC3, (byte) 0x28, '\n'}), 400, "The file is not UTF-8 text.");
        var many = new StringBuilder("lastName\n");
        for (int i = 0; i <= 200_000; i++) {
            many.append("x\n");
        }
        assertProblem(admin.upload("contacts/imports", many.toString().getBytes(StandardCharsets.UTF_8)), 413,
                "The file has more than 200,000 rows.");
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).isEmpty();
    }

    @Test
    void onlyTheAdminWhoUploadedAFileConfirmsIt() {
        String file = HEADER + "Anna,Virtanen,anna@example.com,,\n";
        assertThat(org.agent().upload("contacts/imports", file.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);
        var supervisor = StaffClient.loggedIn(org.addStaff("sup", Role.SUPERVISOR), TestOrganisation.PASSWORD);
        assertThat(supervisor.upload("contacts/imports", file.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(403);

        String id = upload(admin, file).getString("id");
        assertThat(supervisor.api("POST", "contacts/imports/" + id + "/confirm", "{}").statusCode()).isEqualTo(403);
        var stranger = TestOrganisation.create("Other").admin();
        assertThat(stranger.api("GET", "contacts/imports/" + id, null).statusCode()).isEqualTo(404);
        assertThat(confirm(stranger, id, null).statusCode()).isEqualTo(404);
        assertThat(stranger.api("DELETE", "contacts/imports/" + id, null).statusCode()).isEqualTo(404);
        assertThat(StaffClient.array(stranger.api("GET", "contacts", null))).isEmpty();
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).isEmpty();

        assertThat(admin.api("GET", "contacts/imports/" + id, null).statusCode()).isEqualTo(200);
        assertThat(admin.api("DELETE", "contacts/imports/" + id, null).statusCode()).isEqualTo(204);
        assertThat(confirm(admin, id, null).statusCode()).as("cancelled").isEqualTo(404);
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).isEmpty();

        String first = upload(admin, file).getString("id");
        String second = upload(admin, file).getString("id");
        assertThat(admin.api("GET", "contacts/imports/" + first, null).statusCode()).as("replaced").isEqualTo(404);
        assertThat(StaffClient.object(confirm(admin, second, null)).getInt("imported")).isEqualTo(1);
    }

    @Test
    void aWaitingImportExpiresAfterThirtyMinutes() {
        String id = upload(admin, HEADER + "Anna,Virtanen,anna@example.com,,\n").getString("id");
        try {
            TestOrganisation.advanceClockAndSweep(31 * 60);
            assertThat(confirm(admin, id, null).statusCode()).isEqualTo(404);
        } finally {
            TestOrganisation.advanceClockAndSweep(null);
        }
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).isEmpty();
    }

    private static JsonObject upload(StaffClient client, String csv) {
        var response = client.upload("contacts/imports", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response);
    }

    private static HttpResponse<String> confirm(StaffClient client, String id, String body) {
        return client.api("POST", "contacts/imports/" + id + "/confirm", body == null ? "{}" : body);
    }

    private List<JsonObject> matches(String query) {
        return StaffClient.object(admin.api("GET", "contacts/lookup?" + query, null))
                .getJsonArray("matches").getValuesAs(JsonObject.class);
    }

    private static List<String> errors(JsonObject preview) {
        return preview.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("field", "-") + " " + e.getString("message")).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailStart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(StaffClient.object(response).getString("detail")).startsWith(detailStart);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
