package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.AtOnce;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin side of contact cards through the API: merging duplicates (fields, slots, notes, keys,
 * the ContactsMerging event, races), erasing for a data-protection request with its audit entry,
 * the CSV export, and paging, sorting and searching the list.
 */
class ContactAdminIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Contact admin");
        admin = org.admin();
        agent = org.agent();
    }

    @Test
    void mergeKeepsTheSurvivorsFieldsTakesTheOthersAndMovesNotesAndKeys() {
        long survivor = create(card("Anna", "Virtanen").add("phone1", "+358 40 123 4567").add("phone1Label", "mobile")
                .add("email1", "anna@example.com"));
        long merged = create(card("Annie", "Virtanen").add("workingTitle", "Buyer").add("department", "Sales")
                .add("phone1", "050 111 2222").add("phone1Label", "work").add("email1", "ANNA@Example.com")
                .add("email2", "anna.v@work.example").add("email2Label", "work").add("verified", true));
        note(survivor, "Survivor's own note.");
        note(merged, "First note on the duplicate.");
        note(merged, "Second note on the duplicate.");
        long versionBefore = read(survivor).getJsonNumber("version").longValue();

        var answer = admin.api("POST", "contacts/" + survivor + "/merge", "{\"mergedId\":" + merged + "}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var card = read(survivor);
        assertThat(card.getString("firstName")).as("its own field wins").isEqualTo("Anna");
        assertThat(card.getString("workingTitle")).as("taken where it had none").isEqualTo("Buyer");
        assertThat(card.getString("department")).isEqualTo("Sales");
        assertThat(card.getString("phone1")).isEqualTo("+358401234567");
        assertThat(card.getString("phone2")).as("a free slot takes the other's number").isEqualTo("+358501112222");
        assertThat(card.getString("phone2Label")).isEqualTo("work");
        assertThat(card.getString("email1")).isEqualTo("anna@example.com");
        assertThat(card.getString("email2")).as("the same address in other case is not repeated")
                .isEqualTo("anna.v@work.example");
        assertThat(card.getBoolean("verified")).as("verified if either was").isTrue();
        assertThat(card.getJsonNumber("version").longValue()).isGreaterThan(versionBefore);

        assertThat(admin.api("GET", "contacts/" + merged, null).statusCode()).isEqualTo(404);
        assertThat(notes(survivor)).containsExactlyInAnyOrder("Survivor's own note.", "First note on the duplicate.",
                "Second note on the duplicate.",
                "Merged from a duplicate. These of its details were not kept on this card: firstName: Annie");
        assertThat(lookupIds("phone=" + encode("050 111 2222"))).as("the merged card's number finds the survivor")
                .containsExactly(survivor);
        assertThat(lookupIds("email=anna.v@work.example")).containsExactly(survivor);

        var seen = StaffClient.array(fixture("merges?organisation=" + org.organisationId())).getValuesAs(JsonObject.class);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getJsonNumber("survivorId").longValue()).isEqualTo(survivor);
        assertThat(seen.get(0).getJsonNumber("mergedId").longValue()).isEqualTo(merged);
        assertThat(seen.get(0).getBoolean("inTransaction")).as("observed inside the merge's transaction").isTrue();
        assertThat(seen.get(0).getBoolean("mergedStillThere")).as("before the merged card is deleted").isTrue();
    }

    @Test
    void addressesAndNumbersWithoutAFreeSlotAreKeptInANote() {
        long survivor = create(card("Bo", "Ek").add("email1", "bo@example.se").add("email2", "bo@home.example")
                .add("phone1", "+46 70 123 45 67").add("phone2", "+46 70 765 43 21"));
        long merged = create(card("Bo", "Ek").add("email1", "bo.ek@work.example").add("email1Label", "work")
                .add("phone2", "+46 8 123 456 78"));

        assertThat(admin.api("POST", "contacts/" + survivor + "/merge", "{\"mergedId\":" + merged + "}").statusCode())
                .isEqualTo(200);

        var card = read(survivor);
        assertThat(card.getString("email2")).isEqualTo("bo@home.example");
        assertThat(card.getString("phone2")).isEqualTo("+46707654321");
        assertThat(notes(survivor)).containsExactly("Merged from a duplicate. These of its details were not kept on this"
                + " card: work: bo.ek@work.example, +46812345678");
    }

    @Test
    void mergeIsRefusedForOneselfOtherOrganisationsAndAgents() {
        long ours = create(card("Our", "Card"));
        long other = create(card("Other", "Card"));
        var stranger = TestOrganisation.create("Merge stranger").admin();
        long theirs = StaffClient.object(stranger.api("POST", "contacts", card("Their", "Card").build().toString()))
                .getJsonNumber("id").longValue();

        assertThat(admin.api("POST", "contacts/" + ours + "/merge", "{\"mergedId\":" + ours + "}").statusCode())
                .as("with itself").isEqualTo(400);
        assertThat(admin.api("POST", "contacts/" + ours + "/merge", "{}").statusCode()).isEqualTo(400);
        assertThat(admin.api("POST", "contacts/" + ours + "/merge", "{\"mergedId\":" + theirs + "}").statusCode())
                .isEqualTo(404);
        assertThat(admin.api("POST", "contacts/" + theirs + "/merge", "{\"mergedId\":" + ours + "}").statusCode())
                .isEqualTo(404);
        assertThat(agent.api("POST", "contacts/" + ours + "/merge", "{\"mergedId\":" + other + "}").statusCode())
                .isEqualTo(403);
        assertThat(read(ours).getString("firstName")).isEqualTo("Our");
        assertThat(read(other).getString("firstName")).isEqualTo("Other");
        assertThat(StaffClient.object(stranger.api("GET", "contacts/" + theirs, null)).getString("firstName"))
                .isEqualTo("Their");
    }

    @Test
    void twoMergesOfTheSameDuplicateAtOnceHaveOneWinnerAndNoOrphans() {
        int rounds = 5;
        int bothWon = 0;
        var admins = List.of(org.admin(), org.admin());
        for (int round = 0; round < rounds; round++) {
            long a = create(card("Round" + round, "Keeper"));
            long b = create(card("Round" + round, "Keeper"));
            long c = create(card("Round" + round, "Keeper"));
            note(b, "Note of round " + round);
            // Two admins merge the same duplicate into different cards; a third pair merges the other way round.
            var answers = AtOnce.run(2, new java.util.concurrent.Callable<Integer>() {
                private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Integer call() {
                    long keeper = calls.getAndIncrement() == 0 ? a : c;
                    return admins.get(keeper == a ? 0 : 1).api("POST", "contacts/" + keeper + "/merge", "{\"mergedId\":" + b + "}").statusCode();
                }
            });
            assertThat(answers).as("round " + round).containsExactlyInAnyOrder(200, 404);
            bothWon += answers.stream().filter(s -> s == 200).count() > 1 ? 1 : 0;
            assertThat(admin.api("GET", "contacts/" + b, null).statusCode()).isEqualTo(404);
            assertThat(notes(a).size() + notes(c).size()).as("the note moved exactly once").isEqualTo(1);

            long x = create(card("Swap" + round, "Twin"));
            long y = create(card("Swap" + round, "Twin"));
            note(x, "x");
            note(y, "y");
            var swapped = AtOnce.run(2, new java.util.concurrent.Callable<Integer>() {
                private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Integer call() {
                    boolean first = calls.getAndIncrement() == 0;
                    return admins.get(first ? 0 : 1).api("POST", "contacts/" + (first ? x : y) + "/merge",
                            "{\"mergedId\":" + (first ? y : x) + "}").statusCode();
                }
            });
            assertThat(swapped).as("round " + round).containsExactlyInAnyOrder(200, 404);
            long kept = admin.api("GET", "contacts/" + x, null).statusCode() == 200 ? x : y;
            assertThat(admin.api("GET", "contacts/" + (kept == x ? y : x), null).statusCode()).isEqualTo(404);
            assertThat(notes(kept)).containsExactlyInAnyOrder("x", "y");
        }
        System.out.printf("ContactAdminIT races: %d rounds of 2 pairs of simultaneous merges, %d double wins%n",
                rounds, bothWon);
    }

    @Test
    void eraseRemovesCardKeysAndNotesAndLeavesAnAuditEntryWithoutPersonalData() {
        long erased = create(card("Erkki", "Esimerkki").add("phone1", "+358 40 555 6666")
                .add("email1", "erkki@example.fi").add("organisation", "Esimerkki Oy"));
        long kept = create(card("Kaija", "Kept"));
        note(erased, "Asked to be forgotten.");
        var stranger = TestOrganisation.create("Erase stranger").admin();
        long theirs = StaffClient.object(stranger.api("POST", "contacts", card("Their", "Card").build().toString()))
                .getJsonNumber("id").longValue();

        assertThat(agent.api("DELETE", "contacts/" + erased, null).statusCode()).isEqualTo(403);
        assertThat(admin.api("DELETE", "contacts/" + theirs, null).statusCode()).isEqualTo(404);
        assertThat(stranger.api("GET", "contacts/" + theirs, null).statusCode()).isEqualTo(200);

        assertThat(admin.api("DELETE", "contacts/" + erased, null).statusCode()).isEqualTo(204);

        assertThat(admin.api("GET", "contacts/" + erased, null).statusCode()).isEqualTo(404);
        assertThat(admin.api("GET", "contacts/" + erased + "/notes", null).statusCode()).isEqualTo(404);
        assertThat(lookupIds("phone=" + encode("040 555 6666"))).isEmpty();
        assertThat(lookupIds("email=erkki@example.fi")).isEmpty();
        assertThat(ids(admin.api("GET", "contacts?search=esim", null))).isEmpty();
        assertThat(admin.api("DELETE", "contacts/" + erased, null).statusCode()).as("gone").isEqualTo(404);
        assertThat(read(kept).getString("firstName")).isEqualTo("Kaija");

        var audit = admin.api("GET", "audit", null);
        assertThat(audit.statusCode()).isEqualTo(200);
        var entries = StaffClient.array(audit).getValuesAs(JsonObject.class);
        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.keySet()).as("the whole row").containsExactlyInAnyOrder("id", "actorId", "action", "subjectId",
                "occurredAt");
        assertThat(entry.getString("action")).isEqualTo("CONTACT_ERASED");
        assertThat(entry.getJsonNumber("subjectId").longValue()).isEqualTo(erased);
        assertThat(entry.getJsonNumber("actorId").longValue()).isEqualTo(org.adminId());
        assertThat(audit.body()).doesNotContainIgnoringCase("erkki").doesNotContainIgnoringCase("esimerkki")
                // The phone in any spelling; a bare "555" would also match a timestamp's microseconds.
                .doesNotContain("5556666").doesNotContain("555 6666").doesNotContain("forgotten");
        assertThat(StaffClient.array(stranger.api("GET", "audit", null))).as("another organisation's log").isEmpty();
        assertThat(agent.api("GET", "audit", null).statusCode()).isEqualTo(403);
    }

    @Test
    void exportIsUtf8WithBomTheRestFieldNamesAndOnlyOurCards() throws IOException {
        String awkward = "Sales, \"North\"\nFloor 2";
        create(card("Anna", "Åberg").add("department", awkward).add("phone1", "+358 40 123 4567")
                .add("phone1Label", "mobile").add("verified", true));
        create(card("Bo", "Ek").add("workingTitle", "=HYPERLINK(\"https://evil.example\")")
                .add("organisation", "Ek Oy;=HYPERLINK(\"https://evil.example\")"));
        var stranger = TestOrganisation.create("Export stranger").admin();
        stranger.api("POST", "contacts", card("Their", "Card").build().toString());

        var export = admin.download("contacts/export");
        var refused = agent.download("contacts/export");

        assertThat(export.statusCode()).as(new String(export.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(refused.statusCode()).as(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(403);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment"));
        byte[] bytes = export.body();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        var parsed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text));
        var header = parsed.getHeaderNames();
        List<CSVRecord> records = parsed.getRecords();

        Set<String> restFields = new HashSet<>(Arrays.stream(io.tiski.contact.boundary.ContactJson.class
                .getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList());
        restFields.removeAll(Set.of("id", "version", "createdAt", "updatedAt"));
        assertThat(header).as("the REST field names, which the import reads").containsExactlyInAnyOrderElementsOf(restFields);
        assertThat(header.get(0)).isEqualTo("firstName");
        assertThat(records).extracting(r -> r.get("firstName")).containsExactlyInAnyOrder("Anna", "Bo");
        var annaRow = records.stream().filter(r -> r.get("firstName").equals("Anna")).findFirst().orElseThrow();
        assertThat(annaRow.get("lastName")).isEqualTo("Åberg");
        assertThat(annaRow.get("department")).as("comma, quote and newline survive").isEqualTo(awkward);
        assertThat(annaRow.get("phone1")).as("marked as text for spreadsheets").isEqualTo("'+358401234567");
        assertThat(records.stream().filter(r -> r.get("firstName").equals("Bo")).findFirst().orElseThrow()
                .get("workingTitle")).as("never run as a formula").isEqualTo("'=HYPERLINK(\"https://evil.example\")");
        assertThat(records.stream().filter(r -> r.get("firstName").equals("Bo")).findFirst().orElseThrow()
                .get("organisation")).as("nor the piece a spreadsheet splitting on ; makes of it")
                .isEqualTo("Ek Oy;'=HYPERLINK(\"https://evil.example\")");
        assertThat(annaRow.get("phone1Label")).isEqualTo("mobile");
        assertThat(annaRow.get("verified")).isEqualTo("true");
        assertThat(text).as("quoted as RFC 4180").contains("\"Sales, \"\"North\"\"\nFloor 2\"");
    }

    @Test
    void theListPagesSortsAndSearchesInTheDatabase() {
        long ek = create(card("Bo", "Ek").add("organisation", "Zeta AB").add("email1", "bo@zeta.example"));
        long virtanen = create(card("Anna", "Virtanen").add("organisation", "Acme Oy").add("email1", "anna@acme.example"));
        long aalto = create(card("Cecilia", "Aalto").add("organisation", "Beta Oy").add("email1", "cecilia@beta.example"));
        long novak = create(card("Dana", "Novák").add("email1", "dana@acme.example"));

        assertThat(ids(admin.api("GET", "contacts", null))).as("by last name").containsExactly(aalto, ek, novak, virtanen);
        assertThat(ids(admin.api("GET", "contacts?sort=firstName&order=desc", null)))
                .containsExactly(novak, aalto, ek, virtanen);
        assertThat(ids(admin.api("GET", "contacts?sort=email1", null))).containsExactly(virtanen, ek, aalto, novak);
        assertThat(ids(admin.api("GET", "contacts?sort=updatedAt&order=desc&limit=1", null))).containsExactly(novak);
        assertThat(ids(admin.api("GET", "contacts?sort=lastName&offset=1&limit=2", null))).as("a page")
                .containsExactly(ek, novak);
        assertThat(ids(admin.api("GET", "contacts?sort=organisation", null))).as("a card without one sorts where"
                + " the database puts nulls").filteredOn(id -> id != novak).containsExactly(virtanen, aalto, ek);
        assertThat(count("")).isEqualTo(4);

        assertThat(ids(admin.api("GET", "contacts?search=VIR", null))).as("start of a last name").containsExactly(virtanen);
        assertThat(ids(admin.api("GET", "contacts?search=" + encode("anna vi"), null))).as("first and last")
                .containsExactly(virtanen);
        assertThat(ids(admin.api("GET", "contacts?search=acme", null))).as("start of an organisation")
                .containsExactly(virtanen);
        assertThat(ids(admin.api("GET", "contacts?search=dana%40", null))).as("start of an e-mail").containsExactly(novak);
        assertThat(ids(admin.api("GET", "contacts?search=o", null))).as("Oy is not the start").isEmpty();
        assertThat(count("b")).as("Bo, Beta Oy, bo@...").isEqualTo(2);
        assertThat(ids(admin.api("GET", "contacts?search=cecilia%40", null))).containsExactly(aalto);
        assertThat(ids(admin.api("GET", "contacts?search=tanen", null))).as("the middle of a name is not a prefix").isEmpty();
        assertThat(ids(admin.api("GET", "contacts?search=" + encode("100%_"), null))).isEmpty();

        var changed = Json.createObjectBuilder(read(ek)).add("lastName", "Eklund").build().toString();
        assertThat(admin.api("PUT", "contacts/" + ek, changed).statusCode()).isEqualTo(200);
        assertThat(ids(admin.api("GET", "contacts?search=eklu", null))).as("keys follow a change").containsExactly(ek);
        assertThat(ids(admin.api("GET", "contacts?sort=updatedAt&order=desc&limit=1", null))).containsExactly(ek);

        assertThat(admin.api("GET", "contacts?sort=street", null).statusCode()).isEqualTo(400);
        assertThat(admin.api("GET", "contacts?order=up", null).statusCode()).isEqualTo(400);
    }

    private long count(String search) {
        return StaffClient.object(admin.api("GET", "contacts/count?search=" + encode(search), null))
                .getJsonNumber("count").longValue();
    }

    private static JsonObjectBuilder card(String first, String last) {
        return Json.createObjectBuilder().add("firstName", first).add("lastName", last);
    }

    private long create(JsonObjectBuilder card) {
        var response = admin.api("POST", "contacts", card.build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response).getJsonNumber("id").longValue();
    }

    private JsonObject read(long id) {
        var response = admin.api("GET", "contacts/" + id, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.object(response);
    }

    private void note(long contactId, String body) {
        var response = agent.api("POST", "contacts/" + contactId + "/notes",
                Json.createObjectBuilder().add("body", body).build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private List<String> notes(long contactId) {
        var response = admin.api("GET", "contacts/" + contactId + "/notes", null);
        if (response.statusCode() == 404) {
            return List.of();
        }
        return StaffClient.array(response).getValuesAs(JsonObject.class).stream().map(n -> n.getString("body")).toList();
    }

    private List<Long> lookupIds(String query) {
        var response = agent.api("GET", "contacts/lookup?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ids(StaffClient.object(response).getJsonArray("matches").getValuesAs(JsonObject.class));
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ids(StaffClient.array(response).getValuesAs(JsonObject.class));
    }

    private static List<Long> ids(List<JsonObject> cards) {
        return cards.stream().map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static HttpResponse<String> fixture(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    TestServer.baseUri().resolve("test-fixtures/" + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
