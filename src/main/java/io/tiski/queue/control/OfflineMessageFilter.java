package io.tiski.queue.control;

import jakarta.persistence.Query;
import java.io.Serializable;
import java.util.Locale;

/**
 * Which offline messages the admin list shows: words found in the name, contact or message, one
 * queue, one state. Each part is optional; the parts add up.
 *
 * @param search  words as typed, matched anywhere, case ignored
 * @param queueId one queue, or null for all
 * @param state   null for all
 */
public record OfflineMessageFilter(String search, Long queueId, State state) implements Serializable {

    /** The states an admin filters by: still to answer, answered, or the mail that did not go out. */
    public enum State { OPEN, HANDLED, NOT_MAILED }

    public static final OfflineMessageFilter ALL = new OfflineMessageFilter(null, null, null);

    // '!' escapes, not a backslash: MariaDB reads a backslash inside a string literal as an escape itself.
    private String pattern() {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return term.isEmpty() ? null : "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** JPQL for an {@code OfflineMessage m}, to add after the organisation's condition. */
    String condition() {
        var where = new StringBuilder();
        if (pattern() != null) {
            where.append(" and (lower(m.customerName) like :pattern escape '!' or lower(m.contact) like :pattern escape '!'"
                    + " or lower(m.message) like :pattern escape '!')");
        }
        if (queueId != null) {
            where.append(" and m.queueId = :queue");
        }
        if (state != null) {
            where.append(switch (state) {
                case OPEN -> " and m.handledAt is null";
                case HANDLED -> " and m.handledAt is not null";
                case NOT_MAILED -> " and m.mailedAt is null";
            });
        }
        return where.toString();
    }

    void bind(Query query) {
        if (pattern() != null) {
            query.setParameter("pattern", pattern());
        }
        if (queueId != null) {
            query.setParameter("queue", queueId);
        }
    }
}
