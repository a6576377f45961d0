package io.tiski.audit.boundary;

import io.tiski.audit.entity.AuditEntry;
import java.time.Instant;

/** {@code {"id":1,"actorId":2,"action":"CONTACT_ERASED","subjectId":3,"occurredAt":"..."}} */
public record AuditEntryJson(long id, long actorId, String action, long subjectId, Instant occurredAt) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.getId(), entry.getActorId(), entry.getAction(), entry.getSubjectId(),
                entry.getOccurredAt());
    }
}
