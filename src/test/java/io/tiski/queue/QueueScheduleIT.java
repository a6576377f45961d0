package io.tiski.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Queues open and close by their weekly schedule, once per change whatever runs the tick, and
 * an admin's hand change holds until the next change.
 */
class QueueScheduleIT {

    private TestOrganisation org;
    private StaffClient admin;
    private long queue;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Schedule");
        admin = org.admin();
        queue = org.emptyQueueId();
    }

    @AfterEach
    void realTimeAgain() {
        TestOrganisation.advanceClockAndSweep(null);
    }

    @Test
    void theQueueFollowsItsHoursAndAHandChangeHoldsUntilTheNextChange() {
        var zone = zoneWhereItIsAboutNoon();
        var local = ZonedDateTime.now(zone);
        String today = local.getDayOfWeek().name();
        String hours = "%02d:00-%02d:00".formatted(local.getHour() - 1, local.getHour() + 1);

        var saved = admin.api("PUT", "queues/" + queue + "/schedule", "{\"enabled\":true,\"timeZone\":\"" + zone.getId()
                + "\",\"hours\":{\"" + today + "\":\"" + hours + "\"},\"closedDates\":[]}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(saved).getJsonObject("hours").getString(today)).isEqualTo(hours);

        TestOrganisation.sweep();
        assertThat(isOpen()).as("open by schedule").isTrue();

        admin.api("POST", "queues/" + queue + "/close", null);
        TestOrganisation.sweep();
        assertThat(isOpen()).as("closed by hand until the next change").isFalse();

        admin.api("POST", "queues/" + queue + "/open", null);
        TestOrganisation.advanceClockAndSweep(2 * 3600);
        assertThat(isOpen()).as("closed by schedule at the end of the interval").isFalse();
    }

    @Test
    void eachChangeIsAppliedOnceHoweverManyTicksRunAtOnce() throws Exception {
        var zone = zoneWhereItIsAboutNoon();
        String today = ZonedDateTime.now(zone).getDayOfWeek().name();
        admin.api("PUT", "queues/" + queue + "/schedule", "{\"enabled\":true,\"timeZone\":\"" + zone.getId()
                + "\",\"hours\":{\"" + today + "\":\"00:00-24:00\"}}");
        int ticks = 10;
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(ticks);
        try {
            List<Future<Integer>> changes = new ArrayList<>();
            for (int i = 0; i < ticks; i++) {
                changes.add(pool.submit(() -> {
                    go.await();
                    return TestOrganisation.sweep().getInt("scheduleChanges");
                }));
            }
            go.countDown();
            int applied = 0;
            for (var change : changes) {
                applied += change.get(60, TimeUnit.SECONDS);
            }
            System.out.printf("QueueScheduleIT: %d simultaneous ticks applied %d schedule changes%n", ticks, applied);
            assertThat(applied).isLessThanOrEqualTo(1);
            assertThat(isOpen()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badHoursAreExplainedAndTheOldScheduleStays() {
        admin.api("PUT", "queues/" + queue + "/schedule",
                "{\"enabled\":false,\"timeZone\":\"Europe/Helsinki\",\"hours\":{\"MONDAY\":\"09:00-17:00\"}}");

        var badHours = admin.api("PUT", "queues/" + queue + "/schedule",
                "{\"enabled\":true,\"timeZone\":\"Europe/Helsinki\",\"hours\":{\"MONDAY\":\"17:00-09:00\"}}");
        var badZone = admin.api("PUT", "queues/" + queue + "/schedule",
                "{\"enabled\":true,\"timeZone\":\"Mars/Olympus\",\"hours\":{}}");
        var badDate = admin.api("PUT", "queues/" + queue + "/schedule",
                "{\"enabled\":true,\"timeZone\":\"UTC\",\"closedDates\":[\"24.12.2026\"]}");

        assertThat(badHours.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(badHours).getString("detail")).startsWith("Monday: write the hours as 09:00-17:00");
        assertThat(badZone.statusCode()).isEqualTo(400);
        assertThat(badDate.statusCode()).isEqualTo(400);
        var stored = StaffClient.object(admin.api("GET", "queues/" + queue + "/schedule", null));
        assertThat(stored.getBoolean("enabled")).isFalse();
        assertThat(stored.getJsonObject("hours").getString("MONDAY")).isEqualTo("09:00-17:00");
        assertThat(org.agent().api("PUT", "queues/" + queue + "/schedule", "{\"enabled\":false,\"timeZone\":\"UTC\"}")
                .statusCode()).as("admins only").isEqualTo(403);
    }

    private boolean isOpen() {
        return StaffClient.object(admin.api("GET", "queues/" + queue, null)).getBoolean("open");
    }

    /** A fixed-offset zone where it is between 11:00 and 13:00 now, so a test interval never crosses midnight. */
    private static ZoneOffset zoneWhereItIsAboutNoon() {
        int utcHour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        int offset = Math.max(-12, Math.min(14, 12 - utcHour));
        return ZoneOffset.ofHours(offset);
    }
}
