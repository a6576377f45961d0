package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tiski.testsupport.BenchmarkResult;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestDatabase;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.Timings;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contact benchmark, not part of the test suite (run it by name on MariaDB, see the README). The
 * organisation "Contact benchmark" gets {@code -Dbench.contacts} (1,000,000) cards, each with a
 * phone and an e-mail, written straight into the database with multi-row INSERTs (skipped when it
 * has them already, so a re-run is quick). Then, through the real REST API and one client at a
 * time: {@code -Dbench.lookups} (2,000) lookups by phone and as many by e-mail after
 * {@code -Dbench.warmupSeconds} (60) of both (a cold JIT takes a core for the first minute), a fifth of them for keys no card has, printing
 * p50/p95/p99/max; then a CSV of {@code -Dbench.importRows} (100,000) new contacts uploaded and
 * confirmed, printing preview, confirm and total time and rows/s. Targets (the run fails if one is
 * missed; the last line says RESULT): lookup p99 ≤ 20 ms by phone and by e-mail, import under 60 s.
 */
class ContactBenchmark {

    private static final String ORGANISATION = "Contact benchmark";
    private static final String ADMIN = "contactbenchmark-admin";
    private static final int CONTACTS = Integer.getInteger("bench.contacts", 1_000_000);
    private static final int LOOKUPS = Integer.getInteger("bench.lookups", 2_000);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 60);
    private static final int IMPORT_ROWS = Integer.getInteger("bench.importRows", 100_000);
    private static final int INSERT_ROWS = 1000;

    @Test
    void lookupAndImportAtAMillionContacts() throws Exception {
        assumeTrue(TestDatabase.isMariaDb(), "The contact benchmark runs on MariaDB");
        long organisationId;
        int cards;
        double databaseP99;
        try (var db = TestDatabase.connect()) {
            organisationId = organisation(db);
            cards = generate(db, organisationId);
            databaseP99 = measureDatabase(db, organisationId);
        }
        var admin = StaffClient.loggedIn(ADMIN, TestOrganisation.PASSWORD);
        var random = new Random(7);
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; System.nanoTime() < warmUntil; i++) {
            lookup(admin, random, i % 2 == 0 ? "phone" : "email", i % 2 == 0 ? ContactBenchmark::phone : ContactBenchmark::email);
        }
        System.out.println("ContactBenchmark: load average before " + BenchmarkResult.loadAverage());
        double phoneP99 = measureLookups(admin, random, cards, "phone", i -> phone(i));
        double emailP99 = measureLookups(admin, random, cards, "email", i -> email(i));
        double baselineP99 = measureBaseline(admin);
        double importSeconds = measureImport(admin, cards);
        System.out.println("ContactBenchmark: load average after " + BenchmarkResult.loadAverage());
        var result = new BenchmarkResult("ContactBenchmark").put("cards", cards)
                .atMost("phoneP99Ms", phoneP99, 20).atMost("emailP99Ms", emailP99, 20)
                .put("baselineP99Ms", baselineP99).put("queryP99Ms", databaseP99)
                .target("importSeconds < 60", importSeconds < 60).put("importSeconds", importSeconds)
                .put("importRows", IMPORT_ROWS);
        // Lookups run one at a time: if the bare HTTP stack is already slow, the machine is the limit.
        if (baselineP99 > 20) {
            result.limitedBy("the HTTP stack itself: a plain API call has p99 " + Timings.millis(baselineP99) + " ms");
        }
        result.finish();
    }

    /** The same client and stack for the plainest staff call (settings): what any request costs here. */
    private static double measureBaseline(StaffClient admin) {
        var millis = new Timings();
        for (int i = 0; i < LOOKUPS; i++) {
            long start = System.nanoTime();
            assertThat(admin.api("GET", "contacts/settings", null).statusCode()).isEqualTo(200);
            millis.add(System.nanoTime() - start);
        }
        System.out.println("ContactBenchmark: baseline GET /api/contacts/settings " + millis.summary());
        return millis.percentile(99);
    }

    private static double measureLookups(StaffClient admin, Random random, int cards, String kind,
                                       java.util.function.IntFunction<String> existing) {
        var millis = new Timings();
        int found = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long start = System.nanoTime();
            found += lookup(admin, random, kind, existing);
            millis.add(System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "ContactBenchmark: lookup by %s (%d found a card) with %,d cards: %s%n", kind,
                found, cards, millis.summary());
        return millis.percentile(99);
    }

    /** One lookup: four in five of a key some card has, the rest of one nobody has; answers 1 if a card matched. */
    private static int lookup(StaffClient admin, Random random, String kind, java.util.function.IntFunction<String> existing) {
        boolean hit = random.nextInt(5) > 0;
        String value = hit ? existing.apply(random.nextInt(CONTACTS))
                : kind.equals("phone") ? "+35844" + String.format("%07d", random.nextInt(10_000_000))
                : "nobody-" + random.nextInt(1_000_000_000) + "@bench.example.com";
        var response = admin.api("GET", "contacts/lookup?" + kind + "="
                + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        int matches = StaffClient.object(response).getJsonArray("matches").size();
        if (hit) {
            assertThat(matches).as(value).isEqualTo(1);
        }
        return matches > 0 ? 1 : 0;
    }

    /**
     * The lookup's query alone, straight over JDBC (what EclipseLink sends, all columns of the card),
     * for as many random phones: the database's part of a lookup.
     */
    private static double measureDatabase(Connection db, long organisationId) throws SQLException {
        var random = new Random(11);
        var millis = new Timings();
        try (var query = db.prepareStatement("SELECT DISTINCT t0.* FROM contacts t0, contact_keys t1"
                + " WHERE t0.organisation_id = ? AND t1.organisation_id = ? AND ((t1.kind = 'PHONE' AND t1.key_value = ?)"
                + " OR (t1.kind = 'EMAIL' AND t1.key_value = '')) AND t1.contact_id = t0.id"
                + " ORDER BY t0.last_name, t0.first_name, t0.id LIMIT 20")) {
            for (int i = 0; i < LOOKUPS; i++) {
                query.setLong(1, organisationId);
                query.setLong(2, organisationId);
                query.setString(3, phone(random.nextInt(CONTACTS)));
                long start = System.nanoTime();
                try (var result = query.executeQuery()) {
                    assertThat(result.next()).isTrue();
                }
                millis.add(System.nanoTime() - start);
            }
        }
        System.out.println("ContactBenchmark: the lookup query alone over JDBC, random phones: " + millis.summary());
        return millis.percentile(99);
    }

    /** @param cards how many cards the organisation has: the import's phones start there, so no run repeats another's */
    private static double measureImport(StaffClient admin, int cards) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var csv = new StringBuilder(IMPORT_ROWS * 120);
        csv.append("firstName,lastName,organisation,email1,email1Label,phone1,phone1Label,zipCode,zipLocation\n");
        // Mobile numbers +358 46 ... that the generated cards (+358 50 ...) and earlier runs never have.
        int base = cards;
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append("Imported,Person ").append(i).append(",\"Bench, Ltd\",import-").append(run).append('-').append(i)
                    .append("@bench.example.com,work,046 ").append(String.format("%07d", base + i))
                    .append(",mobile,00100,Helsinki\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var uploaded = admin.upload("contacts/imports", body);
        long previewed = System.nanoTime();
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonObject preview = StaffClient.object(uploaded);
        var confirmed = admin.api("POST", "contacts/imports/" + preview.getString("id") + "/confirm", "{}");
        long done = System.nanoTime();
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        var outcome = StaffClient.object(confirmed);
        double total = (done - start) / 1e9;
        System.out.printf(Locale.ROOT, "ContactBenchmark: import of %,d CSV rows (%.1f MB): valid %d, duplicates %d;"
                        + " imported %d, skipped %d duplicates, %d failed; preview %.1f s, confirm %.1f s,"
                        + " total %.1f s, %.0f rows/s%n", IMPORT_ROWS, body.length / 1e6, preview.getInt("valid"),
                preview.getInt("duplicates"), outcome.getInt("imported"), outcome.getInt("skippedDuplicates"),
                outcome.getJsonArray("failed").size(), (previewed - start) / 1e9, (done - previewed) / 1e9, total,
                IMPORT_ROWS / total);
        assertThat(outcome.getInt("imported") + outcome.getInt("skippedDuplicates")).isEqualTo(IMPORT_ROWS);
        return total;
    }

    static String phone(int i) {
        return "+35850" + String.format("%07d", i);
    }

    static String email(int i) {
        return "contact" + i + "@bench.example.com";
    }

    /** The benchmark organisation, made through the test fixtures the first time. */
    private static long organisation(Connection db) throws Exception {
        Long id = organisationId(db);
        if (id == null) {
            var fixture = TestServer.baseUri().resolve("test-fixtures/organisation?name="
                    + java.net.URLEncoder.encode(ORGANISATION, StandardCharsets.UTF_8));
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(fixture)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            id = organisationId(db);
        }
        return id;
    }

    private static Long organisationId(Connection db) throws SQLException {
        try (var query = db.prepareStatement("SELECT id FROM organisations WHERE name = ?")) {
            query.setString(1, ORGANISATION);
            try (var result = query.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }

    /**
     * Cards number i = 0 .. CONTACTS-1 with phone +358 50 i and e-mail contact-i, ids chosen here (the
     * benchmark is the only writer), 1,000 rows per INSERT and keys likewise, a commit per 10,000.
     */
    private static int generate(Connection db, long organisationId) throws SQLException {
        int have;
        try (var count = db.prepareStatement("SELECT COUNT(*) FROM contacts WHERE organisation_id = ?")) {
            count.setLong(1, organisationId);
            try (var result = count.executeQuery()) {
                result.next();
                have = result.getInt(1);
            }
        }
        if (have >= CONTACTS) {
            System.out.printf(Locale.ROOT, "ContactBenchmark: %,d cards there already, none generated%n", have);
            return have;
        }
        long start = System.nanoTime();
        long nextId;
        try (var max = db.createStatement(); var result = max.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM contacts")) {
            result.next();
            nextId = result.getLong(1);
        }
        db.setAutoCommit(false);
        var now = LocalDateTime.now(ZoneOffset.UTC);
        String contactRow = "(?, ?, ?, ?, ?, ?, ?, 'mobile', 0, 1, ?, ?)";
        String keyRow = "(?, ?, ?, ?)";
        for (int from = have; from < CONTACTS; from += INSERT_ROWS) {
            int rows = Math.min(INSERT_ROWS, CONTACTS - from);
            try (var contacts = db.prepareStatement("INSERT INTO contacts (id, organisation_id, first_name, last_name,"
                    + " zip_location, email1, phone1, phone1_label, verified, version, created_at, updated_at) VALUES "
                    + String.join(",", Collections.nCopies(rows, contactRow)));
                 var keys = db.prepareStatement("INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value)"
                         + " VALUES " + String.join(",", Collections.nCopies(rows * 2, keyRow)))) {
                int c = 1;
                int k = 1;
                for (int i = from; i < from + rows; i++) {
                    long id = nextId++;
                    contacts.setLong(c++, id);
                    contacts.setLong(c++, organisationId);
                    contacts.setString(c++, "Person");
                    contacts.setString(c++, "Number " + i);
                    contacts.setString(c++, "Helsinki");
                    contacts.setString(c++, email(i));
                    contacts.setString(c++, phone(i));
                    contacts.setObject(c++, now);
                    contacts.setObject(c++, now);
                    for (String[] key : new String[][] {{"PHONE", phone(i)}, {"EMAIL", email(i)}}) {
                        keys.setLong(k++, id);
                        keys.setLong(k++, organisationId);
                        keys.setString(k++, key[0]);
                        keys.setString(k++, key[1]);
                    }
                }
                contacts.executeUpdate();
                keys.executeUpdate();
            }
            if ((from / INSERT_ROWS) % 10 == 9 || from + rows >= CONTACTS) {
                db.commit();
            }
        }
        db.setAutoCommit(true);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "ContactBenchmark: generated %,d cards with %,d keys in %.1f s (%.0f cards/s)%n",
                CONTACTS - have, 2L * (CONTACTS - have), seconds, (CONTACTS - have) / seconds);
        try (var analyze = db.createStatement()) {
            analyze.execute("ANALYZE TABLE contacts, contact_keys");
        }
        return CONTACTS;
    }

}
