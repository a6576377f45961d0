package io.tiski.testsupport.server;

import io.tiski.conversation.entity.Conversation;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.Role;
import io.tiski.queue.control.Queues;
import io.tiski.routing.control.Presences;
import io.tiski.routing.entity.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only: builds a whole organisation through the real control beans (deployed with the test
 * archive only, never in the product).
 */
@ApplicationScoped
@Transactional
public class Fixtures {

    public static final String PASSWORD = "fixture-password";

    @Inject
    Organisations organisations;

    @Inject
    StaffDirectory staff;

    @Inject
    io.tiski.organisation.control.Operators operators;

    @Inject
    Queues queues;

    @Inject
    Presences presences;

    @PersistenceContext
    EntityManager em;

    /** An organisation with an admin, an agent, an empty queue and a queue with one waiting customer. */
    public Map<String, Object> organisation(String name) {
        long org = organisations.create(name).getId();
        String prefix = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        long admin = staff.create(org, prefix + "-admin", name + " Admin", PASSWORD, Set.of(Role.ADMIN)).getId();
        long agent = staff.create(org, prefix + "-agent", name + " Agent", PASSWORD, Set.of(Role.AGENT)).getId();
        var empty = queues.create(org, name + " empty");
        var busy = queues.create(org, name + " busy");
        queues.assignHandlers(org, busy.getId(), List.of(agent));
        em.persist(Conversation.waitingIn(busy, Instant.now()));
        return Map.of("organisationId", org, "adminId", admin, "agentId", agent,
                "adminUsername", prefix + "-admin", "agentUsername", prefix + "-agent",
                "emptyQueueId", empty.getId(), "busyQueueId", busy.getId());
    }

    /**
     * {@code count} more agents for the organisation, all handlers of the queue and online.
     * Usernames are {@code prefix-1 ... prefix-count}; their ids are answered in that order.
     */
    public List<Long> onlineAgents(long organisationId, long queueId, String prefix, int count) {
        var ids = new java.util.ArrayList<Long>();
        for (int i = 1; i <= count; i++) {
            ids.add(staff.create(organisationId, prefix + "-" + i, prefix + " " + i, PASSWORD, Set.of(Role.AGENT)).getId());
        }
        var handlers = new java.util.ArrayList<>(ids);
        queues.find(organisationId, queueId).getHandlers().forEach(h -> handlers.add(h.getId()));
        queues.assignHandlers(organisationId, queueId, handlers);
        ids.forEach(id -> presences.change(organisationId, id, Presence.ONLINE));
        return ids;
    }

    /** One more staff member of the organisation, with one role; answers their id. */
    public long staffMember(long organisationId, String username, Role role) {
        return staff.create(organisationId, username, username, PASSWORD, Set.of(role)).getId();
    }

    /** Deactivates the user as an admin of their organisation would (through the staff directory). */
    public void deactivate(String username) {
        var user = staff.activeByUsername(username).orElseThrow();
        staff.deactivate(user.getOrganisationId(), user.getId(), -1);
    }

    /** Gives the user these roles as an admin of their organisation would. */
    public void changeRoles(String username, Set<Role> roles) {
        var user = staff.activeByUsername(username).orElseThrow();
        staff.update(user.getOrganisationId(), user.getId(), user.getDisplayName(), roles);
    }

    /** Resets the user's password as an admin of their organisation would. */
    public void resetPassword(String username, String password) {
        var user = staff.activeByUsername(username).orElseThrow();
        staff.resetPassword(user.getOrganisationId(), user.getId(), password);
    }


    /**
     * Appends {@code count} customer messages to the conversation at once (every
     * {@code privateEvery}-th a staff-only note), numbered after its last one, as if they had been
     * written over a long chat; answers the conversation's new last number. Rows go in with a few
     * multi-row statements, so thousands take well under a second.
     */
    public long manyMessages(long conversationId, int count, int privateEvery) {
        var row = (Object[]) em.createNativeQuery("SELECT organisation_id, last_seq FROM conversations WHERE id = "
                + conversationId + " FOR UPDATE").getSingleResult();
        long organisationId = ((Number) row[0]).longValue();
        long last = ((Number) row[1]).longValue();
        for (int from = 1; from <= count; from += 500) {
            var values = new StringBuilder();
            for (int i = from; i < Math.min(from + 500, count + 1); i++) {
                long seq = last + i;
                boolean staffOnly = privateEvery > 0 && i % privateEvery == 0;
                values.append(values.isEmpty() ? "" : ",").append('(').append(organisationId).append(',')
                        .append(conversationId).append(',').append(seq).append(staffOnly ? ",'AGENT'," : ",'CUSTOMER',")
                        .append("'Old message ").append(seq).append("',").append(staffOnly ? 1 : 0).append(",NOW(6))");
            }
            em.createNativeQuery("INSERT INTO messages (organisation_id, conversation_id, seq, sender_type, body,"
                    + " staff_only, created_at) VALUES " + values).executeUpdate();
        }
        em.createNativeQuery("UPDATE conversations SET last_seq = " + (last + count) + " WHERE id = " + conversationId)
                .executeUpdate();
        return last + count;
    }

    /** A platform operator with the fixtures' password, as the first-run setup makes one. */
    public void operator(String username) {
        operators.create(username, PASSWORD);
    }

    /**
     * Staff of their own in the demo's organisation "Demo", for tests of the demo page: an admin
     * ({@code prefix-admin}, also supervisor) and two agents ({@code prefix-aino}, {@code prefix-bertil})
     * who handle Sales and Support. The demo's own logins must change their password first, so tests
     * leave them alone. Answers the usernames by {@code admin}, {@code aino}, {@code bertil}.
     */
    public Map<String, String> demoStaff(String prefix) {
        long demo = em.createQuery("select o.id from Organisation o where o.name = 'Demo'", Long.class).getSingleResult();
        var usernames = Map.of("admin", prefix + "-admin", "aino", prefix + "-aino", "bertil", prefix + "-bertil");
        staff.create(demo, usernames.get("admin"), "Demo Admin " + prefix, PASSWORD, Set.of(Role.ADMIN, Role.SUPERVISOR));
        long aino = staff.create(demo, usernames.get("aino"), "Aino Agent", PASSWORD, Set.of(Role.AGENT)).getId();
        long bertil = staff.create(demo, usernames.get("bertil"), "Bertil Agent", PASSWORD, Set.of(Role.AGENT)).getId();
        for (var queue : queues.list(demo)) {
            var handlers = new java.util.ArrayList<>(List.of(aino, bertil));
            queue.getHandlers().forEach(h -> handlers.add(h.getId()));
            queues.assignHandlers(demo, queue.getId(), handlers);
        }
        return usernames;
    }

    /** The sms_settings.password column as stored, or null (no row or no password). */
    public String storedSmsPassword(long organisationId) {
        List<?> rows = em.createNativeQuery("SELECT password FROM sms_settings WHERE organisation_id = ?")
                .setParameter(1, organisationId)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Writes the column past the application, as an earlier version (plain text) would have. */
    public void storeSmsPasswordAsIs(long organisationId, String stored) {
        int updated = em.createNativeQuery("UPDATE sms_settings SET password = ? WHERE organisation_id = ?")
                .setParameter(1, stored)
                .setParameter(2, organisationId)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("Organisation " + organisationId + " has no SMS settings");
        }
    }

    /** How many times Tiski tried to mail the conversation's transcripts, failed tries included. */
    public long transcriptAttempts(long conversationId) {
        return em.createQuery("select coalesce(sum(m.sendAttempts), 0) from TranscriptMail m"
                        + " where m.conversationId = :conversation", Number.class)
                .setParameter("conversation", conversationId)
                .getSingleResult().longValue();
    }
}
